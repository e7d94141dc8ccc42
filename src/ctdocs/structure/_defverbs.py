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


def defines(text: str) -> bool:
    """Whether ``text`` opens on a term and a defining verb (``"blasting" means``)."""
    return _DEFINITION_RE.match(text) is not None
