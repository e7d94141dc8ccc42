"""Persons' names as a record's field gives them: a signature's, a court's cover sheet's.

A site's record box ("Type:", "Date:", "Author: Niamh O'Sullivan") is the holding site's
and is noise; a box of fields whose values name persons the way a document prints its
own signatories, judges and counsel (a surname in capitals, initials before a surname, a
form of address before a name: "HALLORAN J", "R M Tipene and J Ah-Kuoi for Crown",
"Mr D. Coleridge KC") is the document's cover sheet or signature. Only shapes, and the
forms of address that ``actor_shapes.toml`` lists as data.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_actor_shapes, load_layout
from ..normalise._joins import continuation_words

__all__ = ["is_signed_name", "names_person"]

# A person's name as a signature or a cover sheet prints it: a surname in capitals beside
# a given name, a title or an initial ("Marc-Antoine DORVILUS", "Ms R TANAKA", "HALLORAN
# J"); several names are joined by commas or a conjunction.
_SURNAME_RE = re.compile(r"^[^\W\d_a-zß-ÿ][^\W\d_a-zß-ÿ'’-]{2,}$")
_NAME_WORD_RE = re.compile(
    r"^(?:[^\W\d_a-zß-ÿ]\.?|[^\W\d_a-zß-ÿ][^\W\d_A-ZÀ-Þ'’-]+(?:[-'’][^\W\d_][\w]*)*\.?)$"
)
_POSTNOMINAL_RE = re.compile(r"^[^\W\d_a-zß-ÿ]{2}$")
_NAME_WORDS = (2, 5)


@cache
def _name_join() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_layout().name_joiners)
    return re.compile(rf"\s*,\s*|\s+(?:{words})\s+" if words else r"\s*,\s*", re.IGNORECASE)


def is_signed_name(text: str) -> bool:
    """A field's value that is one or more persons' names in a signature's shape: each
    of two to five words, one a surname in capitals, another a given name, a title or an
    initial, no digit (``Édith LAGUERRE, Fritz BAPTISTE``; ``HALLORAN J``)."""
    t = text.strip()
    if not t or any(c.isdigit() for c in t):
        return False
    for part in _name_join().split(t):
        words = part.split()
        if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
            return False
        surnames = [w for w in words if _SURNAME_RE.match(w)]
        others = [w for w in words if not _SURNAME_RE.match(w)]
        if not surnames or not others:
            return False
        if not all(_NAME_WORD_RE.match(w) or _POSTNOMINAL_RE.match(w) for w in others):
            return False
    return True


# A person as a court's cover sheet or a list of those heard writes them: one to three
# initials before a capitalised surname ("R M Tipene", "N Dlamini SC"), or a form of
# address before a name or an initial ("Mr D. Coleridge KC", "Ms L. Fong").
_INITIALS_NAME_RE = re.compile(r"^(?:[^\W\d_a-zß-ÿ]\.?\s+){1,3}[^\W\d_a-zß-ÿ][^\W\d_]+\b")
_ADDRESSED_NAME_RE = re.compile(r"^(\S+)\s+[^\W\d_a-zß-ÿ]")


@cache
def _forms_of_address() -> frozenset[str]:
    """``actor_shapes.toml``'s forms of address ("Mr", "Mme", "Dr"), folded, stop shed."""
    return frozenset(f.casefold().rstrip(".") for f in load_actor_shapes().person.address)


def names_person(value: str) -> bool:
    """A field's value that opens on a person's name: in a signature's shape
    (:func:`is_signed_name`), after initials, or after a form of address. A site's record
    names its author in full ("Author: Niamh O'Sullivan"); a court's cover names counsel
    and judges by initials and titles."""
    t = value.strip()
    if is_signed_name(t):
        return True
    if _INITIALS_NAME_RE.match(t):
        # an article ("A Study of …") or a roman numeral ("I Introduction") is no initial
        first = t[0].casefold()
        return first not in continuation_words() and first not in "ivx"
    m = _ADDRESSED_NAME_RE.match(t)
    return m is not None and m.group(1).casefold().rstrip(".") in _forms_of_address()
