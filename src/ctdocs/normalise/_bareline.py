"""Whether a physical line has anything for the cleaner to change: most lines have not.

The normaliser skips the cleaning passes on a bare line (``_text._is_bare``); the test
runs on every line of every text, so it is made of the cheapest checks that decide it:
one search for a character class in C, and three substring tests for the ASCII space,
the one character that is only dirty where it stands (first, last, or doubled).
"""

from __future__ import annotations

import re

from ._ligatures import LIGATURES

__all__ = ["dirty"]

# An odd space (tab, no-break, thin ...), an invisible character or a ligature: dirty
# wherever it stands. The ASCII space is not in the class (a pattern holding it tried its
# look-behinds at every blank of the line: a third of the test's time).
_ODD_RE = re.compile(
    r"[\t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v"
    rf"\u200b\u200c\u200d\u2060\ufeff\u00ad{LIGATURES}]"
)


def dirty(line: str) -> bool:
    """What :func:`ctdocs.normalise._text._clean` would change in a line of plain text: an
    odd space, an invisible character, a ligature, a run of spaces, a space at either end
    (or before a final line break, as ``$`` reads it)."""
    return (
        _ODD_RE.search(line) is not None
        or "  " in line
        or line[:1] == " "
        or line.endswith((" ", " \n"))
    )
