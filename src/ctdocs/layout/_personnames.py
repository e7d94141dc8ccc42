"""Persons' names as a record's field gives them: a signature's, a court's cover sheet's.

A site's record box ("Type:", "Date:", "Author: Dr Jane Whitfield") and a release's
contact card ("Contact: Ms A. Fernandes") are the holding site's and are noise; a box of
fields whose values name persons the way a document prints its own signatories, judges
and counsel (a surname in capitals, initials before a surname, a form of address before
an initial: "HALLORAN J", "R M Tipene and J Ah-Kuoi for Crown", "Mr D. Coleridge KC") is
the document's cover sheet or signature. Only shapes, the forms of address that
``actor_shapes.toml`` lists, and ``layout.toml``'s joiners and record labels, as data.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import load_actor_shapes, load_layout
from ..normalise._joins import continuation_words

__all__ = [
    "is_signed_name",
    "names_bench",
    "names_person",
    "names_person_firmly",
    "record_label",
]

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
# initials before a capitalised surname that closes the name ("R M Tipene", "N Dlamini SC
# with T Pillay", "J Ah-Kuoi for Crown"), or a form of address before an initial ("Ms R.
# Tamihana", "Mr D. Coleridge KC"). After the surname: the value's end, a comma, a joiner,
# the party's "for", or a post-nominal in two capitals; a word goes on a title ("B
# Division Papers", "C Security Policy").
_CAP = r"[^\W\d_a-zß-ÿ]"
# a form of address, a given name at most, then an initial: "Ms R. Tamihana", "Mr Alistair
# J. Penrose" (a court's or a coroner's style), not "Dr Jane Whitfield"
_ADDRESSED_INITIAL_RE = re.compile(rf"^(\S+)\s+(?:{_CAP}[^\W\d_]+\s+)?{_CAP}\.?(?:\s|$)")
_ADDRESSED_RE = re.compile(r"^(\S+)\s")
_ADDRESSED_NAME_RE = re.compile(rf"^(\S+)\s+{_CAP}")


@cache
def _initials_name() -> re.Pattern[str]:
    layout = load_layout()
    words = "|".join(re.escape(w) for w in (*layout.name_joiners, *layout.name_parties))
    after = rf"|\s+(?i:{words})(?:\s|$)" if words else ""
    return re.compile(
        rf"^(?:{_CAP}\.?\s+){{1,3}}{_CAP}[^\W\d_]+(?:[-'’][^\W\d_]+)*"
        rf"(?=\s*$|\s*,{after}|\s+{_CAP}{{2}}(?:[\s,]|$))"
    )


@cache
def _forms_of_address() -> frozenset[str]:
    """``actor_shapes.toml``'s forms of address ("Mr", "Mme", "Dr"), folded, stop shed."""
    return frozenset(f.casefold().rstrip(".") for f in load_actor_shapes().person.address)


def _addressed(value: str, pattern: re.Pattern[str]) -> bool:
    m = pattern.match(value)
    return m is not None and m.group(1).casefold().rstrip(".") in _forms_of_address()


def names_person_firmly(value: str) -> bool:
    """A field's value that names a person the way a court's cover sheet or a signature
    does, and a site's record or contact card does not: in a signature's shape
    (:func:`is_signed_name`), by initials before a surname that closes the name, or by a
    form of address before an initial, a given name between them at most ("Ms R.
    Tamihana", "Mr Alistair J. Penrose"). One such field makes a box the document's
    cover."""
    t = value.strip()
    if is_signed_name(t):
        return True
    if _initials_name().match(t):
        # an article ("A Study of …") or a roman numeral ("I Introduction") is no initial
        first = t[0].casefold()
        return first not in continuation_words() and first not in "ivx"
    return _addressed(t, _ADDRESSED_INITIAL_RE)


def names_person(value: str) -> bool:
    """A field's value that opens on a person's name: firmly (:func:`names_person_firmly`)
    or by a form of address before a given name ("M. Alain Dupont, président", "Dr Jane
    Whitfield"). A site's author card and a release's contact name a person so too: such
    a field makes a box a cover sheet only beside another field that names a person."""
    t = value.strip()
    return names_person_firmly(t) or _addressed(t, _ADDRESSED_NAME_RE)


def names_bench(label: str, value: str) -> bool:
    """A field that names a court's bench, its counsel or parties (a label of
    ``actor_shapes.toml``'s ``person.bench``: "Devant :", "Counsel:", "For the
    respondent:") before a person's name or a form of address ("M. le Juge Teodor
    Vasilescu"): a court's cover, whatever the name's shape."""
    if _label(label) not in _bench_labels():
        return False
    t = value.strip()
    return names_person(t) or _addressed(t, _ADDRESSED_RE)


def _label(label: str) -> str:
    return " ".join(label.strip().rstrip(":").split()).casefold()


@cache
def _bench_labels() -> frozenset[str]:
    bench = load_actor_shapes().person.bench
    return frozenset(w.casefold() for w in bench.all()) if bench else frozenset()


def record_label(label: str) -> bool:
    """A field's label (its colon too) that names a record's author or a release's
    contact (``layout.toml``'s ``record_labels``: "Author:", "Contact presse :")."""
    return _label(label) in _record_labels()


@cache
def _record_labels() -> frozenset[str]:
    return frozenset(load_layout().record_labels)
