"""Where a text introduces a person without a title before the name.

Reports and briefs name their authors and the people they cite in two shapes
that hold across publishers and both languages:

* an office, then the name between commas (``La directrice exécutive
  d'Europol, Catherine De Bolle, souligne``, ``the Special Rapporteur on
  counter-terrorism, Fionnuala Ní Aoláin, has called``);
* a sentence that opens on the name and says what the person is (``Hanna
  Verkerk is a Research Fellow at ICCT``, ``Jean Dupont est chercheur``): a
  copula, then a role noun within a few words.

It also holds the signature and list patterns, and writes a name set in
capitals as a name (``KARIM BENSLIMANE``: Karim Benslimane). This module only
finds the spans; :mod:`ctdocs.extract._unlinked` checks each
as any other person's name (no head noun, no title word, not a known actor).
The words are data (``[person]`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .._knowledge import fold, load_actor_shapes, load_dates
from ._shape_regex import (  # _alt: a trie, the regex engine reads each letter once
    _NAMEW,
    _PSP,
    _alt,
)

__all__ = ["as_name", "introduced", "listed", "month_surnames", "particles"]

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


def listed(offices: list[str], name: str, titles: str, particles: str) -> dict[str, Any]:
    """Names in a signature (after an office and its last comma, at the end of a line:
    ``Le Chef du gouvernement, KARIM BENSLIMANE.``; or on the office's next line, initials
    and a surname in capitals: ``The President`` / ``J. M. ALBARES BUENO``, two of them
    where two sign side by side) and names that follow a name in a list."""
    # not a heading's roman number and its word ("I. INTRODUCTION")
    signed = (
        r"(?![IVX]\.[ \t]*[A-Z]+[ \t]*$)(?:[A-Z]\.[ \t]{0,2}){1,3}[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,2}"
    )
    return {
        "signature": re.compile(
            rf"(?m)^[ \t]*(?:Le|La|The|L')[ \t]*(?:{_alt(offices, capital=True)})"
            rf"(?![\w'])[^\n]{{0,200}}"
            rf"(?:,[ \t]*\n?[ \t]*({name})\.?|[ \t]*\n[ \t]*({signed})(?:[ \t]+({signed}))?)"
            rf"[ \t]*$"
        ),
        "next_name": re.compile(
            rf"(?:[ \t]*\([^()\n]{{1,80}}\))?"  # "Tomasz Wierzbicki (Egmont Group), Aicha"
            rf"(?:,[ \t]+(?:[A-Z]\.)+)?(?:[ \t]*,|[ \t]+(?:and|et)|[ \t]*\((?:or|ou))"
            rf"[ \t]+(?:(?:{titles})[ \t]+)?"
            rf"({_NAMEW}(?:{_PSP}(?:(?:{particles}){_PSP})?{_NAMEW})+)(?![\w'])"
        ),
    }


# a word in capitals, not a regnal number ("Mohammed VI")
_CAPS_NAME_WORD = re.compile(r"(?<![\w.])(?![IVXL]+(?![\w.]))[^\W\d_a-z]{2,}(?![\w.])")


def as_name(surface: str) -> str:
    """A person's name as a name is written: a surname set in capitals (``Claire
    DUVERNOY-KACI``, ``KARIM BENSLIMANE``) in capitals only at the start of each word;
    initials (``M.``, ``S.B.``) and regnal numbers (``Mohammed VI``) as they are."""
    return _CAPS_NAME_WORD.sub(lambda m: m.group().capitalize(), surface)
