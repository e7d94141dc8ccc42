"""Where a text introduces a person without a title before the name.

Reports and briefs name their authors and the people they cite in two shapes
that hold across publishers and both languages:

* an office, then the name between commas (``La directrice exécutive
  d'Europol, Catherine De Bolle, souligne``, ``the Special Rapporteur on
  counter-terrorism, Fionnuala Ní Aoláin, has called``);
* a sentence that opens on the name and says what the person is (``Hanna
  Verkerk is a Research Fellow at ICCT``, ``Jean Dupont est chercheur``): a
  copula, then a role noun within a few words.

This module only finds the spans; :mod:`ctdocs.extract._unlinked` checks each
as any other person's name (no head noun, no title word, not a known actor).
The words are data (``[person]`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import fold, load_actor_shapes, load_dates
from ._shape_regex import _alt  # a trie: the regex engine reads each letter once

__all__ = ["introduced", "month_surnames", "particles"]

# a name word (folded text: no accents), an initial, or glued initials
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][^\W\d_]+(?:['-][A-Z]?[^\W\d_]+)?)"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = load_actor_shapes().person
    name = rf"{_WORD}(?:[ \t](?:(?:{_alt(c.particles)})[ \t])?{_WORD}){{1,3}}"
    offices = _alt(c.offices.all())
    roles = _alt(c.roles.all())
    return (
        # an office, its complement (no sentence or clause stop), a comma, the name, a comma
        re.compile(
            rf"(?<![\w'])(?i:{offices})(?![\w'])[^,.;:()\n]{{0,90}},[ \t]+({name}),",
        ),
        # a sentence opening on the name, a copula and a role within three words
        re.compile(
            rf"(?m)(?:^|(?<=[.!?][ \t]))[ \t]*({name})[ \t]+(?:{_alt(c.described.all())})"
            rf"(?:[ \t]+[\w'-]+){{0,3}}?[ \t]+(?i:{roles})(?![\w'])"
        ),
    )


def introduced(folded: str) -> list[tuple[int, int]]:
    """Spans of the names introduced by an office between commas or by a description."""
    out = []
    for pat in _patterns():
        out += [m.span(1) for m in pat.finditer(folded)]
    return out


@cache
def month_surnames() -> frozenset[str]:
    """Month names that are also surnames (``May``): the dates knowledge lists them as
    weak months, a date only next to a day or a year."""
    forms = (w for lang in load_dates().languages.values() for w in lang.weak_months)
    return frozenset(fold(w).casefold() for w in forms if w.isalpha())


@cache
def particles() -> frozenset[str]:
    """The particles inside names, case-folded: written ``De`` as well (``Catherine De
    Bolle``), where a capitalised ``De`` elsewhere opens a heading."""
    return frozenset(fold(w).casefold() for w in load_actor_shapes().person.particles)
