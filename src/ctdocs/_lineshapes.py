"""Shapes of a numbered line's rest that tell a heading from a sentence a line end cut.

Two shallow features a body reader weighs before it takes the words after a number as a
heading: capitals closed by a full stop (a statute's ``SEC. 2. FINDINGS.``, a décret's
``ART. 3. CONTRÔLE.``: a heading whatever its stop), and a sentence's comma with the words
after it in lower case (``(1) Between 2022 and 2025, the Federal`` cut by a hard line
break: the sentence goes on below, it is no heading); and the marks a web page adds around
its own words: the link back to a note's call opening each note of its reference list, the
edit links glued to its headings.
"""

from __future__ import annotations

import re

from ._blocks import words
from ._numbering import load_numbering
from ._sequences import _enumerates

__all__ = ["back_link", "capital_heading", "cut_after_comma", "drop_edit_links"]

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


# The link back to the call that opens each note of a web page's reference list ("1. ↑ …",
# "2. ^ …", "3. ↩ …"): the list is the page's notes, its numbers are not clauses
_BACK_LINK_RE = re.compile(r"\s*[↑^↩]")


def back_link(text: str, at: int) -> bool:
    """The words after a number at ``at`` open with a link back to a note's call."""
    return _BACK_LINK_RE.match(text, at) is not None


# A wiki page's edit links glued to each heading ("Historique[modifier | modifier le code]",
# "History[edit]"): the page's controls, not the heading's words (words only: a note
# "[Repealed, SOR/2020-115, s. 2]" glued to a heading is the heading's)
_EDIT_LINKS_RE = re.compile(
    r"(?:(?<=\w)|(?<=\))|\s+(?=\[[^\[\]]*\|))\[[^\W\d][^\[\]\d,.;:]{0,38}\]$"
)


def drop_edit_links(heading: str) -> str:
    """The heading without the edit links a wiki glues to it."""
    return _EDIT_LINKS_RE.sub("", heading) or heading
