"""Organisations named by their legal form or by their kind and a quoted name.

Decisions and judgments name the law firms of the parties by their legal form
(``SCP Garnier, Roussel``, ``SARL Cabinet Desmarais``), and texts of every kind
introduce an association or a company by its kind and its name between
quotation marks (``l'association « Bienfaisance Al-Nour International »``, ``the
company "Northbridge Logistics"``). No head noun marks these names, but the
form or the quotation does. The words are data (``legal_forms`` and
``quoted_by`` under ``[organ]`` in ``data/models/actor_shapes.toml``); this
module only finds the spans.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_actor_shapes
from ._shape_regex import _alt

__all__ = ["firms"]

_NAME = r"[A-Z][\w'-]*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = load_actor_shapes().organ
    forms = "|".join(map(re.escape, c.legal_forms))
    return (
        # the form and its names, joined by commas, "et" or "and" (partners' names)
        re.compile(
            rf"(?:{forms})[ \t]+{_NAME}"
            rf"(?:(?:,[ \t]+|[ \t]+(?:et|and|&)[ \t]+|[ \t]+){_NAME})*"
        ),
        # the kind, then a capitalised name between quotation marks
        re.compile(
            rf"(?i:{_alt(c.quoted_by.all())})[ \t]+[«\"“][ \t\u00a0]*"
            rf"([A-Z][^«»\"“”\n]{{0,60}}(?:\n[^«»\"“”\n]{{1,60}})?)[ \t\u00a0]*[»\"”]"
        ),
    )


def _inside(folded: str, at: int) -> bool:
    return at > 0 and (folded[at - 1].isalnum() or folded[at - 1] == "_")


def firms(folded: str) -> list[tuple[int, int]]:
    """Spans of firms named by their legal form and of quoted organisations' names."""
    firm, quoted = _patterns()
    # the patterns open on their words, not on a look-behind, so that the regex engine
    # skips ahead to them (speed); a match inside a word is dropped here
    out = [m.span() for m in firm.finditer(folded) if not _inside(folded, m.start())]
    out += [
        (m.start(1), m.start(1) + len(m.group(1).rstrip()))
        for m in quoted.finditer(folded)
        if not _inside(folded, m.start())
    ]
    return out
