"""Shapes of single lines in legal acts that the body reader asks about.

An amending act quotes the provisions it inserts, and the definitions among them quote the
terms they define: ``" "critical national infrastructure" has the meaning …`` opens the
quotation (a quote mark, then the term's own), and each next definition opens its line with
its term in straight quotes (``"unmanned aircraft" means …``). Straight quotes open and close
alike, so a line that opens with one would otherwise start the quotation afresh and, its
count odd, leave it open for the rest of the act.
"""

from __future__ import annotations

import re

__all__ = ["quoted_term"]

# A quoted term opening a line: '"unmanned aircraft" means …' ('" "critical …' opens a quote)
_QUOTED_TERM_RE = re.compile(r'^\s*"\w[^"]{0,60}"\s+\S')


def quoted_term(text: str) -> bool:
    """The line opens with a term in straight quotes (``"unmanned aircraft" means …``): inside
    an open quotation (the definitions an amending act inserts) a nested quote, not a new
    quotation that would end the open one."""
    return _QUOTED_TERM_RE.match(text) is not None
