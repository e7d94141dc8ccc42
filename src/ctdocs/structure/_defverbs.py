"""A term defined by a verb at the head of a text: ``"blasting" means …``, ``« Acte
terroriste » signifie …`` (guidelines §1: the items of one definition belong to it).

It lives apart from the clause tree's helpers (``_sequences``) so that the tests of a
definition's shape (``_definitions``, ``_lineshapes``) read one pattern through one door.
"""

from __future__ import annotations

import re

__all__ = ["defines"]

# A definition: "**blasting** means …", "« Acte terroriste » signifie …"
_DEFINITION_RE = re.compile(
    r"^[\s\"«“‘'*]*[^\s.;:][^.;:]{0,80}?[\"»”’'*]*\s+(?:means|includes|has the same meaning"
    r"|désigne|désignent|s['’]entend|s['’]entendent|signifie|comprend)\b",
    re.IGNORECASE,
)


# A piece of each verb, lower-cased: a text with none of them cannot match. The pattern's
# lazy term is tried at each of its 81 lengths on every line; a line of a few hundred
# characters is lower-cased and searched for the pieces in C first (five times cheaper).
_PIECES = ("mean", "includ", "désign", "entend", "signif", "compren")
# letters the pattern's IGNORECASE reads as "i" or "s" where ``str.lower`` does not
_ODD_CASES = ("\u0130", "\u0131", "\u017f")
_PRETEST_MAX = 400  # longer texts: the pattern alone (it reads a few dozen characters)


def defines(text: str) -> bool:
    """Whether ``text`` opens on a term and a defining verb (``"blasting" means``)."""
    if len(text) <= _PRETEST_MAX:
        low = text.lower()
        if not any(p in low for p in _PIECES) and not any(c in text for c in _ODD_CASES):
            return False
    return _DEFINITION_RE.match(text) is not None
