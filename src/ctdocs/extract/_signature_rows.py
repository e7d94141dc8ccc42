"""Signature blocks: a name on a line of its own over the office its holder signs in.

A signed text closes on its signatory's name above the office, in any publisher's
layout: a judge's ``P. O. LANGAT`` over a dotted rule and ``JUDGE OF APPEAL``, a
gazette's ``(KAREN ALMENDARES-FLOWERS)`` over ``Minister of Home Affairs``, a circular's
``W. R. HOLLOWAY`` over ``Rear Admiral, U.S. Coast Guard``, a decree's ``Claire Duval``
over ``Directrice``.

What decides is the shape of the two lines, not their words: a line that holds only a
name (two to four name words, initials allowed; in brackets, or after a signing mark
such as ``(Sgd.)``); and the next line (a rule of dots or dashes aside) opening on an
office or a form of address in any case (``offices`` and ``titles`` of ``[person]`` in
``data/models/actor_shapes.toml``), in its first word or after one capitalised word
(``Associate Justice``), short and no sentence (``Major progress was made.`` under a
heading is none). The caller sets aside a line in capitals that is a heading
(:func:`._unlinked_persons.introduced`), and checks each name as any other person's.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import fold, folded_given_names, load_actor_shapes
from ._line_starts import match_at_lines
from ._shape_regex import _alt

__all__ = ["signature_rows"]

# a name word (folded text), an initial or glued initials
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][^\W\d_]+(?:['-][A-Z]?[^\W\d_]+)?)"
_RULE = r"[ \t]*[._\-\u2013\u2014=*]{4,}[ \t]*"  # a rule under the signature
_ROLE_WORDS = 10  # an office's line is short: more words make it a sentence
_STOPPED = 4  # an office may close on a full stop ("Directrice."), a sentence does


@cache
def _signed() -> re.Pattern[str]:
    """A line holding only a name of two to four words (in brackets, or after a signing
    mark), then, a rule aside, a line opening on an office or a form of address in its
    first word or after one capitalised word, in any case, its first letter a capital;
    group 3 is the office's line. The word before the office is no article or other
    word that opens a sentence or a heading (``The Minister announced ...``, ``Le
    Ministre a annoncé ...``: ``organ.not_names`` but those that open an office or a
    title, as ``Vice`` does, an article aside); a form of address goes on to a capital,
    a mark, the line's end or another office's or title's word (``Rear Admiral, U.S.
    Coast Guard``, ``Inspectrice générale``), not to a word of a sentence (``Major
    incidents since``, ``Justice ministers agreed``)."""
    shapes = load_actor_shapes()
    c = shapes.person
    name = rf"{_WORD}(?:[ \t](?:(?:{_alt(c.particles)})[ \t])?{_WORD}){{1,3}}"
    offices = [w for w in c.offices.all() if w[:1].isalpha()]
    titles = [w for w in c.titles.all() if w[:1].isalpha()]
    both = [*offices, *titles]
    function = shapes.organ.name_articles.all() if shapes.organ.name_articles else []
    opens = {fold(w).split()[0].casefold() for w in both} - set(function)  # the Hon.
    article = [w for w in shapes.organ.not_names.all() if fold(w).casefold() not in opens]
    rank_on = rf"(?=[ \t]*(?:$|[^\w \t]|[A-Z\d]|(?i:{_alt([*both, *c.particles])})(?![\w'])))"
    return re.compile(
        rf"(?m)^[ \t]*(?:\([^()\n]{{1,12}}\)[ \t]*)?(?:\(({name})\)|({name}))[ \t]*\n"
        rf"(?:{_RULE}\n)?[ \t]*((?=[A-Z])(?!(?i:{_alt(article)})[ \t])(?:[A-Z][\w'-]*[ \t]+)?"
        rf"(?:(?i:{_alt(offices)})(?![\w'])|(?i:{_alt(titles)})(?![\w']){rank_on})"
        r"[^\n]*)"
    )


def signature_rows(folded: str) -> list[tuple[int, int]]:
    """The spans of the names of the signature blocks of ``folded`` (the text folded:
    no accents), in text order."""
    out: list[tuple[int, int]] = []
    for m in match_at_lines(_signed(), folded, "A-Z("):  # a line opens on a name, or "("
        named = m.group(2) or _bracketed_name(m.group(1))
        if named and _office(m.group(3)) and not _wrapped(folded, m.end(3)):
            out.append(m.span(1) if m.group(1) else m.span(2))
    return out


def _wrapped(folded: str, end: int) -> bool:
    """Whether the office's line runs on into a line opening in lower case: the first line
    of a paragraph the layout wrapped (``Le Ministre a annoncé de nouveaux contrôles
    aux`` / ``frontières.``), no office under a name."""
    nxt = _NEXT_LINE.match(folded, end)
    return nxt is not None and nxt.group(1).islower()


_NEXT_LINE = re.compile(r"\n[ \t]*(\w)")


def _bracketed_name(words: str) -> bool:
    """Whether a line in brackets is a signatory's name: in capitals, as gazettes print
    it (``(KAREN ALMENDARES-FLOWERS)``), or opening on a known given name (``(Mohammad
    Rafiqul Hasan)``); a note in brackets is none (``(Original Signed)``, ``(Traduction
    Officieuse)``)."""
    return words.isupper() or words.split()[0] in folded_given_names()


def _office(line: str) -> bool:
    """Whether the line under the name is an office's: short, and no sentence."""
    words = line.split()
    if "|" in line or (line.rstrip().endswith(".") and len(words) > _STOPPED):
        return False  # a sentence, not an office ("Major progress was made.")
    return len(words) <= _ROLE_WORDS
