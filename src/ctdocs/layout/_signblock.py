"""A signature block under the text, set aside with the page's closing chrome: the text's.

A decision, an advisory or a judgment published as a web page closes on its signature
(``Fait à Diass, le 16 octobre 2026`` / ``Le Directeur général`` / ``Mamadou Lamine
Ndiaye-Sarr``; ``Signed`` / ``Mawuli Asante-Boakye`` / ``Chief Executive Officer``;
``P. O. LANGAT`` / ``JUDGE OF APPEAL``) and the site's downloads, share row and footer
follow at once: the chrome passes read the short lines of the signature with the lines
under them and set them aside too, and the signatory, an actor of the text (guidelines
§3: named persons are actors wherever they are named as authors), is lost with them.

What tells a signature from the chrome holds across publishers, by shape alone:

* it is a run of short lines with no blank line inside, right under the text (the line
  above it is the text's, or a signature given back before it);
* each of its lines is a person's name (two to five name words: capitalised words,
  initials, surnames in capitals, particles; a title or an authority it signs for,
  ``Pour l'Agence,``, may open it), an office (``Le Directeur général``, ``Chief
  Executive Officer``, ``JUDGE OF APPEAL``), an office and a name together (``La
  présidente : C. Lugrin-Fauchère``), a signing mark (``Signed``, ``(Signé)``) or the
  rule a signature is written on; a label, a date, a number or an address is none of
  those, so a contact card or a related-links block never passes;
* it names a person and says who signs: an office, a signing mark or an authority, and
  the text closes on a signing formula just above it (``Fait à …``, a place and a date)
  unless the block itself carries a mark or an authority.

The offices, forms of address and particles are ``actor_shapes.toml``'s ``[person]``
lists; the signing formulas are ``layout.toml``'s ``signature`` patterns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import (
    alternation,
    any_of,
    fold,
    folded_given_names,
    load_actor_shapes,
    load_layout,
)
from ._unit import SITE_CHROME

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["give_back_signatures", "signature_pattern", "signs"]

_BLOCK_LINES = 5  # a signature's lines (marks, authority, name, office, rule) at most
_OFFICE_WORDS = 10  # "Directeur du département Sécurité et Transport": an office, no more
_TITLED_OFFICE_WORDS = 3  # "Chief Executive Director": qualifiers before the office word
_FORMULA_WORDS = 16  # "Dakar, le 20 mars 2026": a place and a date, no paragraph
_NAME_WORDS = (2, 5)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_RULE_RE = re.compile(r"^[\s._\u2026-]{3,}$")  # the line a signature is written on
# a name word: capitalised ("Ndiaye-Sarr", "O'Sullivan"), in capitals ("LANGAT"), or an
# initial or short abbreviation with its stop ("P.", "J.-P.", "Ph.", "Ma.", "Ir.")
_NAME_WORD_RE = re.compile(
    r"^(?:[^\W\d_a-zß-ÿ][^\W\d_]*(?:[-'’][^\W\d_]+)*|[^\W\d_a-zß-ÿ][a-z]?\.(?:-[^\W\d_]\.)?)$"
)
_INITIAL_RE = re.compile(r"^[^\W\d_][a-z]?\.(?:-[^\W\d_]\.)?$")
_CAPS_WORD_RE = re.compile(r"^[^\W\d_a-zß-ÿ]{2,}$")  # a surname in capitals: "LANGAT"
_PARTS_RE = re.compile(r"\s+[\u00b7|•]\s+")  # "La présidente : X · Le chancelier : Y"
_OFFICE_NAME_RE = re.compile(r"^(?P<office>[^:]{2,80}?)\s*:\s*(?P<name>.+)$")


@cache
def signature_pattern() -> re.Pattern[str] | None:
    """``layout.toml``'s ``signature`` patterns as one, any case: a signing mark or a
    closing formula opening a line (None: no pattern); the segmenter's ``is_signature``
    asks it too, so both read one compiled union."""
    pats = load_layout().signature
    return re.compile(any_of(pats), re.IGNORECASE) if pats else None


@cache
def _authority() -> re.Pattern[str]:
    """The authority signed for, opening the name's line: "Pour l'Agence,", "For the Board,",
    "For and on behalf of the Council,": ``signed_for``'s words (``layout.toml``), then the
    body's capital and a comma ("For media enquiries,", "Pour toute information," have no
    article before a capital: a contact card's, no signature)."""
    words = alternation(load_layout().signed_for, gap=r"\s+")
    return re.compile(rf"^(?:{words})(?:(?<=')\s*|\s+)(?-i:[A-Z])[^,;:]{{0,60}},\s*", re.IGNORECASE)


@cache
def _office_articles() -> tuple[frozenset[str], tuple[str, ...]]:
    """``office_articles`` (``layout.toml``): the words, and those elided into the next
    word (``l'``)."""
    arts = load_layout().office_articles
    return frozenset(arts), tuple(a for a in arts if a.endswith("'"))


@cache
def _person_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Offices (casefolded, folded), forms of address and titles, particles."""
    person = load_actor_shapes().person
    offices = frozenset(fold(w).casefold() for w in person.offices.all())
    titles = {fold(w).casefold().rstrip(".") for w in person.address}
    titles |= {fold(w).casefold().rstrip(".") for w in person.titles.all() if " " not in w}
    particles = frozenset(w.casefold() for w in person.particles)
    return offices, frozenset(titles), particles


@cache
def _not_name_words() -> frozenset[str]:
    """Words no name holds: offices, the heads of bodies' names, the words that make a
    run a title or a date (``Ministry``, ``Article``, ``Mars``), casefolded and folded."""
    organ = load_actor_shapes().organ
    words = {fold(w).casefold() for w in (*organ.heads.all(), *organ.not_names.all())}
    return _person_words()[0] | words


def _plain(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())


def _signing_mark(text: str) -> bool:
    """A signing mark alone (``Signed``, ``(Signé)``) or opening a line (``(Sgd.) …``)."""
    pat = signature_pattern()
    t = _plain(text)
    return pat is not None and len(t.split()) <= 2 and pat.match(t + " ") is not None


def _formula(text: str) -> bool:
    """The signing formula the text closes on: a pattern of ``layout.toml``'s (``Fait à
    …, le …``), or a short line holding a year (``Dakar, le 20 mars 2026``, ``DATED
    AND DELIVERED AT NAIROBI THIS 17TH DAY OF JULY, 2026.``)."""
    t = _plain(text)
    pat = signature_pattern()
    if pat is not None and pat.match(t):
        return True
    return len(t.split()) <= _FORMULA_WORDS and _YEAR_RE.search(t) is not None


def _office(text: str) -> bool:
    """An office's line: an office word first (an article before it) or closing a title
    of three words at most, a few words, no stop closing a sentence, no digit (``Le
    Directeur général``, ``Chief Executive Officer``, ``JUDGE OF APPEAL``, ``Directeur
    du département Sécurité et Transport``, ``Executive Director``)."""
    t = _plain(text).rstrip(",")
    words = fold(t).casefold().split()
    if not words or len(words) > _OFFICE_WORDS or any(c.isdigit() for c in t):
        return False
    if t.endswith((".", ";", "!", "?", ":")):
        return False
    articles, elided = _office_articles()
    if words[0] in articles and len(words) > 1:
        words = words[1:]
    elif elision := next((a for a in elided if words[0].startswith(a)), None):
        words = [words[0][len(elision) :], *words[1:]]
    offices = _person_words()[0]
    if words[0] in offices or " ".join(words[:2]) in offices:
        return True
    # the office word closing a short title: "Executive Director", "Secrétaire permanent"
    return len(words) <= _TITLED_OFFICE_WORDS and words[-1].rstrip(",") in offices


def _name(text: str) -> bool:
    """A person's name on its own (a title or the authority signed for may open it):
    two to five name words, one of them no initial, no title among the rest, and a
    person's mark (:func:`_person_marked`)."""
    t = _authority().sub("", _plain(text).rstrip(","))
    _, titles, particles = _person_words()
    words = t.split()
    titled = False
    while words and fold(words[0]).casefold().rstrip(".") in titles and len(words) > 2:
        words, titled = words[1:], True
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]:
        return False
    named = [w for w in words if w.casefold() not in particles]
    if not named or not all(_NAME_WORD_RE.match(w) for w in named):
        return False
    if not _NAME_WORD_RE.match(words[0]) or words[-1].casefold() in particles:
        return False
    full = [w for w in named if not _INITIAL_RE.match(w)]
    if not full or any(fold(w).casefold() in _not_name_words() for w in full):
        return False
    return titled or _person_marked(named, full)


def _person_marked(named: list[str], full: list[str]) -> bool:
    """Whether capitalised words are a person's name rather than a menu's or a tag's
    (``Photo Gallery``, ``Border Security``): an initial (``Grace N. Akello-Obura``), a
    known given name, a surname in capitals after a word that is not (``Claude
    WEYDERT``), or a compound surname closing it (``Mawuli Asante-Boakye``). A form of
    address or a title before it (``Hon.``, ``Ir.``) marks it too (see :func:`_name`);
    a particle does not (``Plan du Site``, ``Salle de Presse``)."""
    if len(full) < len(named) or any(fold(w) in folded_given_names() for w in full):
        return True
    if _CAPS_WORD_RE.match(named[-1]) and not _CAPS_WORD_RE.match(named[0]):
        return True
    return "-" in named[-1].strip("-")


def _office_and_name(text: str) -> bool:
    """Offices and names together, one signatory or several side by side (``La
    présidente : C. Lugrin-Fauchère · Le chancelier : A. Berthoud-Imboden``)."""
    parts = _PARTS_RE.split(_plain(text))
    for part in parts:
        m = _OFFICE_NAME_RE.match(part)
        if m is None or not (_office(m.group("office")) and _name(m.group("name"))):
            return False
    return True


def _read(units: Sequence[Unit], run: list[int]) -> tuple[bool, bool, bool] | None:
    """Whether the run names a person, gives an office, carries a mark or an
    authority; None where a line of it is none of a signature's lines."""
    named = office = marked = False
    for k in run:
        t = units[k].text.strip()
        if _RULE_RE.match(t):
            continue
        if _signing_mark(t):
            marked = True
        elif _office_and_name(t):
            named = office = True
        elif _office(t):
            office = True
        elif _name(t):
            named = True
            marked = marked or _authority().match(_plain(t)) is not None
        else:
            return None
    return named, office, marked


def signs(units: Sequence[Unit]) -> bool:
    """Whether ``units`` hold a signature's person: a person's name and an office among
    lines that are all a signature's (``The Minister of the Interior`` / ``Jane Smith``)."""
    read = _read(units, list(range(len(units))))
    return read is not None and read[0] and read[1]


def _run(units: Sequence[Unit], i: int) -> list[int]:
    """The lines from ``i`` on up to the next blank line: a signature is one block, its
    lines printed close (the caller checks they are chrome, or markup for the rule)."""
    run = [i]
    k = i + 1
    while k < len(units) and not units[k].line.blank_before:
        run.append(k)
        k += 1
    return run


def give_back_signatures(units: Sequence[Unit]) -> None:
    """Give the text back the signature blocks set aside as chrome right under it (see
    the module's docstring); in text order, so a judgment's second signature, under its
    first given back, goes back too."""
    for i in range(1, len(units)):
        u, above = units[i], units[i - 1]
        if u.noise not in SITE_CHROME or u.nav or above.noise is not None or not above.text.strip():
            continue
        run = _run(units, i)
        if len(run) > _BLOCK_LINES or any(
            units[k].nav or units[k].noise not in (*SITE_CHROME, "markup") for k in run
        ):
            continue
        read = _read(units, run)
        if read is None:
            continue
        named, office, marked = read
        if named and (marked or (office and _formula_above(units, i))):
            for k in run:
                if units[k].noise in SITE_CHROME:
                    units[k].noise = None


def _formula_above(units: Sequence[Unit], i: int) -> bool:
    """Whether the text's line above the block is its signing formula, or the office or
    name line of a signature given back before it (a bench signs one judge a block)."""
    above = units[i - 1].text.strip()
    return _formula(above) or _office(above)
