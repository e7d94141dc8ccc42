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
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import folded_given_names

__all__ = ["middle_initialled"]

_WORD = r"[A-Z](?:[a-z\u00df-\u00ff']+|[A-Z\u00c0-\u00de']+)"
# speed: the look-behind on the character before the given name is asked after its
# capital (``[A-Z](?<![\w'.-][A-Z])``), not before it: a pattern that opens on a
# look-behind is tried at every character of the text, one that opens on a class lets
# the regex engine skip ahead to a capital (a whole-text scan some four times faster)
_GIVEN = r"[A-Z](?<![\w'.-][A-Z])(?:[a-z\u00df-\u00ff']+|[A-Z\u00c0-\u00de']+)"
_NAME = re.compile(
    rf"({_GIVEN})[ \t]{{1,2}}[A-Z]\.[ \t]{{1,2}}({_WORD})(?:[ \t]({_WORD}))?(?![\w'])"
)


@cache
def _given() -> frozenset[str]:
    return frozenset(n.casefold() for n in folded_given_names())


def middle_initialled(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of ``Given X. Surname`` in ``folded`` (``text``: the text as written, for
    the hyphen of a double surname)."""
    out: list[tuple[int, int]] = []
    given = _given()
    for m in _NAME.finditer(folded):
        if m.group(1).casefold() not in given or text[m.start() - 1 : m.start()] == "-":
            continue  # "El Khattabi-Gérard T. Warnier": the end of a double surname
        hyphen = m.group(3) is not None and text[m.start(3) - 1] == "-"
        out.append((m.start(), m.end() if hyphen else m.end(2)))
    return out
