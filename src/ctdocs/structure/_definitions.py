"""Paragraphs that open a definition whose lettered or ``1°`` items follow (guidelines §1:
the items of one definition belong to that definition's text, not to the clause above).

Three shapes, all read off punctuation and position rather than a publisher's words:

* a term defined by a verb (``"blasting" means …``, ``« Acte » désigne …``) or set in bold
  at the head of its paragraph, as ``_is_definition`` reads them;
* a quoted term closed by a colon (``« infrastructure essentielle » : une installation …,
  notamment :``), the drafting of Quebec and other French-language statutes;
* a paragraph whose last sentence runs into a quoted term's definition left open (``Section
  2 of the principal Act is amended by inserting … the following definitions - "explosives
  precursor" means a substance …, including -``), an amending act's inserted definitions
  set as the body under a section's marginal note.
"""

from __future__ import annotations

import re

from ..layout import Unit
from ._blocks import words
from ._defverbs import defines
from ._lineshapes import paragraph_defines_below

__all__ = ["opens_definition"]

# A quoted term at the head of its paragraph closed by a colon: opening quote, at most a
# few words with no quote or sentence stop in them, the closing quote, then the colon.
_QUOTED_COLON_RE = re.compile(r"[\s*]*[«“\"]\s*[^«»“”\".;:\n]{1,60}?\s*[»”\"][\s*]*:")


def opens_definition(u: Unit, text: str) -> bool:
    """Whether the unnumbered paragraph ``u`` defines a term whose items follow it."""
    return (
        _is_definition(u, text)
        or _QUOTED_COLON_RE.match(u.text) is not None
        or paragraph_defines_below(u.text)
    )


def _is_definition(u: Unit, text: str) -> bool:
    """A definition: "**blasting** means …", "« Acte terroriste » signifie …", or a defined
    term set in bold at the head of its paragraph ("**agent de détection** Substance …")."""
    if defines(u.text):
        return True
    spans = u.line.bold_spans
    if not spans:
        return False
    s, e = spans[0]
    return s <= u.start + 2 and e < u.end - 2 and words(text[s:e]) <= 8
