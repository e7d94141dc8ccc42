"""Shapes of single lines in legal acts that the body reader asks about.

An amending act quotes the provisions it inserts, and the definitions among them quote the
terms they define: ``" "critical national infrastructure" has the meaning …`` opens the
quotation (a quote mark, then the term's own), and each next definition opens its line with
its term in straight quotes (``"unmanned aircraft" means …``). Straight quotes open and close
alike, so a line that opens with one would otherwise start the quotation afresh and, its
count odd, leave it open for the rest of the act.

An article whose sentence runs on after a dash (``Article 1er – Un périmètre … est instauré
du vendredi 29 mai 2026 à``) and that a page break cuts before its full stop holds a sentence
all the same: the rest of its line is its text, not its title.
"""

from __future__ import annotations

import re

from ..layout._numbering import Marker
from ..layout._saying import says

__all__ = ["quoted_term", "sentence_rest"]

# A quoted term opening a line: '"unmanned aircraft" means …' ('" "critical …' opens a quote)
_QUOTED_TERM_RE = re.compile(r'^\s*"\w[^"]{0,60}"\s+\S')


def quoted_term(text: str) -> bool:
    """The line opens with a term in straight quotes (``"unmanned aircraft" means …``): inside
    an open quotation (the definitions an amending act inserts) a nested quote, not a new
    quotation that would end the open one."""
    return _QUOTED_TERM_RE.match(text) is not None


def sentence_rest(m: Marker, rest: str) -> bool:
    """The rest of an article's heading line says something (a sentence word: ``est``,
    ``shall``), however it ends: the article's text, not its title."""
    return m.kind == "article" and says(rest)
