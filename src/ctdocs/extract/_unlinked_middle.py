"""A person written with a given name, a middle initial and a surname: ``Daniel K.
Whitford``, ``Margaret O. Linwood-Reyes``, ``DANIEL R. FEIGENBAUM``.

The other person finders read a given name only where no capitalised word stands right
before it (``Rue Jean Monnet`` is a street), and in the case the given-name list
writes it. A press release or a judgment puts the office right before the name
(``U.S. Attorney Daniel K. Whitford``, ``Under Secretary ... for Terrorism and
Financial Intelligence Margaret O. Linwood-Reyes``) and a court's caption writes names
in capitals: the middle initial between a given name and a surname is what names,
streets and bodies do not have, so it settles the reading (guidelines §3: named
persons are actors wherever they act or are named). A surname's hyphen folds to a
blank: the second part is kept where the text writes the hyphen, and a given name
after a hyphen is the end of a double surname.

A given name the list lacks (``Vishnu D. Ramsaroop``, ``Euloge K. MENSAH``) is read
too where the shape alone holds: an initial that is no Roman numeral (``Annexe I.``), a
given name of three letters or more that is no heading's or title's word (``Part A.
Legal``), and neither word written in lower case elsewhere in the text (a word of the
language, not a name: ``Part B. Detection``). The names' lists transfer badly from one
region to the next; the shape does.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import fold, folded_given_names, load_actor_shapes
from ._shape_regex import finditer_from
from ._unlinked_persons import written_lower

__all__ = ["middle_initialled"]

_WORD = r"[A-Z](?:[a-z\u00df-\u00ff']+|[A-Z\u00c0-\u00de']+)"
# speed: the look-behind on the character before the given name is asked after its
# capital (``[A-Z](?<![\w'.-][A-Z])``), not before it: a pattern that opens on a
# look-behind is tried at every character of the text, one that opens on a class lets
# the regex engine skip ahead to a capital (a whole-text scan some four times faster)
# no division sign (U+00F7) nor multiplication sign (U+00D7), which the ranges of _WORD
# hold: the walk back to where a match may open (_name_starts) stops at them, as at any
# character that is no letter
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff'"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de'"
_GIVEN = rf"[A-Z](?<![\w'.-][A-Z])(?:[{_LOWER}]+|[{_UPPER}]+)"
_NAME = re.compile(
    rf"({_GIVEN})[ \t]{{1,2}}[A-Z]\.[ \t]{{1,2}}({_WORD})(?:[ \t]({_WORD}))?(?![\w'])"
)


@cache
def _given() -> frozenset[str]:
    return frozenset(n.casefold() for n in folded_given_names())


@cache
def _not_given() -> frozenset[str]:
    """Words that open headings and titles (``Part``, ``Annexe``) and the forms of
    address and titles (``Mr``, ``Me``), each word of one of several words too
    (``Excellence`` of ``Son Excellence``, before ``M. Azman``): never an unlisted
    given name."""
    c = load_actor_shapes()
    words = [*c.organ.not_names.all(), *c.person.address, *c.person.titles.all()]
    return frozenset(part.rstrip(".") for w in words for part in fold(w).casefold().split())


@cache
def _noun_endings() -> tuple[str, ...]:
    return tuple(load_actor_shapes().person.noun_endings)


# a heading's opening: the line's start, the word and its letter, then more words on
# the line after one blank (a signature's name ends the line or a column's wide gap)
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
_HEADING_GOES_ON = re.compile(r"[ \t]?[^\W\d_]")


def _unlisted_given(folded: str, m: re.Match[str]) -> bool:
    """Whether a given name the list lacks still opens a name by its shape alone."""
    given, initial, surname = m.group(1), folded[m.end(1) : m.start(2)].strip(), m.group(2)
    if initial[:1] in "IVX" or len(given) < 3 or given.casefold() in _not_given():
        return False
    if len(surname) > 5 and surname.casefold().endswith(_noun_endings()):
        return False  # "Pillar A. Resilience": a heading's noun
    end = m.end(2)  # a third word on a line that opens on the name is the heading's
    caps = surname.isupper() and not given.isupper()  # "Aboubakar M. GOUNOU  Membre"
    if (
        not caps
        and _LINE_START.search(folded, max(0, m.start() - 20), m.start())
        and (folded[end : end + 1] == " " and _HEADING_GOES_ON.match(folded, end + 1))
    ):
        return False  # "Axe B. Prévention de la radicalisation": a heading
    return not (written_lower(folded, given) or written_lower(folded, surname))


def middle_initialled(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of ``Given X. Surname`` in ``folded`` (``text``: the text as written, for
    the hyphen of a double surname)."""
    out: list[tuple[int, int]] = []
    given = _given()
    for m in finditer_from(_NAME, folded, _name_starts(folded)):
        if text[m.start() - 1 : m.start()] == "-":
            continue  # "El Khattabi-Gérard T. Warnier": the end of a double surname
        if m.group(1).casefold() not in given and not _unlisted_given(folded, m):
            continue  # "Part A. Legal": no given name, by the list or by the shape
        hyphen = m.group(3) is not None and text[m.start(3) - 1] == "-"
        out.append((_first_given(folded, m.start(), given), m.end() if hyphen else m.end(2)))
    return out


# a middle initial's full stop, a blank before the initial and after the stop (opening on
# the stop: the regex engine skips ahead to full stops)
_INITIAL_STOP = re.compile(r"\.(?<=[ \t][A-Z]\.)(?=[ \t])")


def _name_starts(folded: str) -> list[int]:
    """Where :data:`_NAME` may match: before each middle initial, where the word before
    its blanks opens (after the last character no given name holds, nor stands right
    after: the given name's look-behind).

    Speed: the pattern opens on a capital, and the regex engine tried it at every capital
    of the text (a whole-text scan); full stops after a blank and a capital are a few a
    text, and the one place before each where a match may open is tried alone."""
    out: set[int] = set()
    for m in _INITIAL_STOP.finditer(folded):
        start = m.start() - 1  # the initial
        while start > 0 and folded[start - 1] in " \t":
            start -= 1
        while start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "_'.-"):
            start -= 1  # \w (a letter, a digit, "_"), an apostrophe, a stop, a hyphen
        out.add(start)
    return sorted(out)


# a given name right before the matched one, one blank between: "Maria Teresa D. Villaflor"
_GIVEN_BEFORE = re.compile(rf"(?<![\w'.-])({_WORD})[ \t]$")


def _first_given(folded: str, at: int, given: frozenset[str]) -> int:
    """Where the name opens: on a listed given name right before the one matched (a
    double given name, ``Maria Teresa D. Villaflor``), else where the match does."""
    m = _GIVEN_BEFORE.search(folded, max(0, at - 30), at)
    return m.start() if m is not None and m.group(1).casefold() in given else at
