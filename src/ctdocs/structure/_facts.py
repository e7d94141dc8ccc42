"""A judgment's facts outline: ``A.``, ``B.``, ``B.a``, ``B.b``, ``C.`` opening sentences.

Swiss federal courts (and others after them) set out the facts under capital letters, the
paragraphs of one letter under it with a lower-case letter after a dot. Each is a clause
cited as printed (``A``, ``B.a``; guidelines §1a, the capital-letter row, whose paragraphs
are cited under it as a decimal is under its stem). A capital letter before a sentence is a
name's initial as often as a number, so only a run counts: ``A``, then each next capital in
turn, the paragraphs of a letter ``a``, ``b`` … in turn after it, and either a paragraph
letter (the outline's mark) or three capitals. A report's capital headings (``A. Findings``)
are no such run: what follows their letter is a name, not a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..layout import Unit
from ._sequences import _next_letter

__all__ = ["facts_outline"]

# "**B.a** Le 20 juin …", "A. On 3 May …", "**B.**" alone: the letter (and its paragraph's)
_FACT_RE = re.compile(r"^(\**)([A-Z])\.([a-z])?(\**)(?=\s|$)")
_SENTENCE_MIN_WORDS = 6


def _sentence(rest: str) -> bool:
    """What follows the letter is a sentence: several words closed by a full stop."""
    t = rest.strip().rstrip("*").rstrip()
    return len(t.split()) >= _SENTENCE_MIN_WORDS and t.endswith((".", ";", ":"))


def _candidates(units: Sequence[Unit]) -> list[tuple[int, str, str, int]]:
    """(unit index, capital, paragraph letter or "", end of the label) for each line that
    opens with a letter and a sentence, or a capital alone on its line."""
    found = []
    for k, u in enumerate(units):
        m = _FACT_RE.match(u.text)
        if m is None or m.group(1) != m.group(4):
            continue
        rest = u.text[m.end() :]
        if _sentence(rest) or (not rest.strip() and not m.group(3)):
            found.append((k, m.group(2), m.group(3) or "", m.end()))
    return found


def facts_outline(units: Sequence[Unit]) -> dict[int, tuple[str, int]]:
    """The lines of a facts outline, by start: their citation (``B.a``) and where the label
    ends. Empty unless the letters run as an outline does (see the module's note)."""
    run: list[tuple[int, str, int]] = []
    cap, sub = "", ""
    for k, c, s, end in _candidates(units):
        if not s and c == ((_next_letter(cap) or "").upper() if cap else "A"):
            cap, sub = c, ""
            run.append((k, c, end))
        elif s and c == cap and s == (_next_letter(sub) if sub else "a"):
            sub = s
            run.append((k, f"{c}.{s}", end))
        elif run:
            break  # a letter out of turn: no outline from here on
    capitals = sum("." not in n for _, n, _ in run)
    if capitals < 2 or (capitals < 3 and all("." not in n for _, n, _ in run)):
        return {}
    return {units[k].start: (n, end) for k, n, end in run}
