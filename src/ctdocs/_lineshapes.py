"""Shapes of a numbered line's rest that tell a heading from a sentence a line end cut.

Two shallow features a body reader weighs before it takes the words after a number as a
heading: capitals closed by a full stop (a statute's ``SEC. 2. FINDINGS.``, a décret's
``ART. 3. CONTRÔLE.``: a heading whatever its stop), and a sentence's comma with the words
after it in lower case (``(1) Between 2022 and 2025, the Federal`` cut by a hard line
break: the sentence goes on below, it is no heading).
"""

from __future__ import annotations

import re

from ._blocks import words
from ._numbering import load_numbering
from ._sequences import _enumerates

__all__ = ["capital_heading", "cut_after_comma"]

# a sentence's comma, the words after it in lower case ("In 2022, the Council …"): more than
# this many words and no enumeration ("Threats, risks and responses"), the line is no heading
_COMMA_CLAUSE_RE = re.compile(r",\s+[a-zà-ÿ]")
_CLAUSE_AFTER_COMMA_WORDS = 6
# a heading set in capitals closed by a full stop ("SEC. 2. FINDINGS.", "3. DÉFINITIONS.")
_CAPITAL_HEADING_MAX_WORDS = 15


def capital_heading(rest: str) -> bool:
    """The rest of a numbered line in capitals, one phrase closed by a full stop: a heading
    (a statute's upper-case section heading), not a sentence."""
    inner = rest.rstrip()
    if (
        not inner.endswith(".")
        or re.search(r"[.!?:]\s", inner)
        or words(inner) > (_CAPITAL_HEADING_MAX_WORDS)
    ):
        return False
    letters = [w for w in re.findall(r"[^\W\d_]{3,}", inner)]
    return bool(letters) and all(w.isupper() for w in letters)


def cut_after_comma(rest: str) -> bool:
    """A sentence's comma in ``rest`` (the words after it in lower case), more words than a
    short heading has, and no enumeration (``Threats, risks and responses``)."""
    return (
        words(rest) > _CLAUSE_AFTER_COMMA_WORDS
        and _COMMA_CLAUSE_RE.search(rest) is not None
        and not _enumerates(rest, load_numbering().run_in_title.coordinators)
    )
