"""What a page prints about its publisher and its publication, beside the text.

A publisher's contact box: short lines each opened by a contact field's label (``Tel.:
32 2-283 19 00 - Fax: …``, ``E-mail: … - Website: …``, ``Tél : 04 84 35 40 00 –
www.…``, ``Postal address: rue Wiertz 60 - B-1047 Brussels``), printed on a report's
cover or under a press release, on any publisher's page. No sentence stands in such a
line, and it holds few words; a short labelled line boxed between two of them (``Offices:
rue Montoyer 30``) is the box's too. Only below the text's first prose: above it, the
same lines are a letterhead's (an IMO circular's ``Telephone: +44 …`` under its address),
which heads the document as its own. The labels are language knowledge (``layout.toml``,
``[copy_noise] contact_labels``); a bare ``Address:`` is none, for a form's field in a
schedule is the text's own.

A publication line in a page's head: the publication cue and its date (``Publié le 22
avril 2026``), alone or with the page's other fields after a separator, before the text's
first prose or beside the page's chrome. It is the page's metadata (guidelines §5) even
with no update stamp beside it, which is all the stamps' own rule (:mod:`._stamps`) looks
for. The fields a content system prints there are its filing tags (``| Catégorie :
Sécurité maritime``), its counter of readers (``· 2 318 vues``, ``| 1,204 views``: a
number and a counter's word, ``layout.toml``'s ``[copy_noise] page_counters``; ``| 1 200
participants`` is the text's figure) and its byline (``| Par Service de la
communication``, ``· By Press Office``: a byline's word, ``page_bylines``, then a few words
with no figure and no act's word, ``page_byline_acts``: ``| Par décret n° 2026-118``, ``·
By order of the Minister`` are the text's); a sentence after the separator is the text's
own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout
from ._linekeys import ends_sentence
from ._stamps import published_stamp

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["contact_line", "mark_page_info", "publication_line"]

_CONTACT_MAX_WORDS = 14
_BOXED_MAX_WORDS = 8
_PUBLISHED_MAX_WORDS = 6
_TAG_MAX_WORDS = 5
_PROSE_MIN_WORDS = 12
_CHROME = frozenset({"web-chrome", "navigation", "boilerplate", "metadata", "markup"})
_BYLINE_MAX_WORDS = 6
_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_LABELLED = re.compile(r"^[^\W\d][\w.'’ -]{0,30}?\s?:\s*\S")
# a page's counter: a number in groups of three (any thousands mark) before its word
_COUNT = r"\d{1,3}(?:[\s\u00a0\u202f.,’']\d{3})*"


@cache
def _contact_label() -> re.Pattern[str] | None:
    cues = load_layout().copy_noise
    if cues is None or not cues.contact_labels:
        return None
    alternation = any_of(cues.contact_labels)
    return re.compile(rf"^(?:{alternation})\s*:\s*\S", re.IGNORECASE)


def contact_line(text: str) -> bool:
    """A short line opened by a contact field's label, with no sentence in it. Its words
    are counted with a letter in them: a phone number's groups of digits (``+213 23 82 09
    44 / 46``) are no words."""
    pat = _contact_label()
    t = text.strip()
    # the label first: one anchored match, which almost every line fails, before the
    # word count, which looks at every letter of the line
    return (
        pat is not None
        and pat.match(t) is not None
        and sum(any(c.isalpha() for c in w) for w in t.split()) <= _CONTACT_MAX_WORDS
        and not ends_sentence(t)
    )


@cache
def _byline() -> re.Pattern[str] | None:
    """A byline's word, then a name: not an act's word (``Par décret``, ``By order of``)."""
    cues = load_layout().copy_noise
    if cues is None or not cues.page_bylines:
        return None
    acts = any_of(cues.page_byline_acts) if cues.page_byline_acts else None
    not_act = rf"(?!(?:(?:la|le|les|l'|l’|the|an?)\s*)?(?:{acts})\b)" if acts else ""
    return re.compile(rf"^(?:{any_of(cues.page_bylines)})\s+{not_act}\S", re.IGNORECASE)


@cache
def _counter() -> re.Pattern[str] | None:
    """A counter of readers: a number and a counter's word (``2 318 vues``, ``1,204 views``);
    a number and another word (``1 200 participants``) is the text's."""
    cues = load_layout().copy_noise
    if cues is None or not cues.page_counters:
        return None
    return re.compile(rf"^{_COUNT}\s+(?:{any_of(cues.page_counters)})$", re.IGNORECASE)


def _page_field(piece: str) -> bool:
    """One of the page's fields after the publication cue's separator: a filing tag (``label
    : value``), a counter of readers, or a byline of a few words naming no act and holding
    no figure (``Par décret n° 2026-118`` is the text's); never a sentence."""
    words = len(piece.split())
    if _LABELLED.match(piece) and words <= _TAG_MAX_WORDS:
        return True
    counter = _counter()
    if counter is not None and counter.match(piece):
        return True
    pat = _byline()
    return (
        pat is not None
        and words <= _BYLINE_MAX_WORDS
        and pat.match(piece) is not None
        and not any(c.isdigit() for c in piece)
        and not ends_sentence(piece)
    )


def publication_line(text: str) -> bool:
    """The publication cue with its date, then at most the page's fields, each short: filing
    tags, a counter, a byline (``Publié le 24 avril 2026 | Catégorie : Sécurité maritime``,
    ``Publié le 8 juin 2026 · 2 318 vues``)."""
    line = text.strip()
    # speed: asked of every line, a paragraph's too: no mark, no separator to look for;
    # and the head's words are counted up to one past the most it may have
    marked = "|" in line or "·" in line or "•" in line
    head, *tags = _SEPARATOR.split(line) if marked else (line,)
    if len(head.split(None, _PUBLISHED_MAX_WORDS)) > _PUBLISHED_MAX_WORDS:
        return False
    if not published_stamp(head):
        return False
    return all(_page_field(t) for t in tags)


def _open(u: Unit) -> bool:
    return u.noise is None and u.marker is None


def _first_prose(units: Sequence[Unit]) -> int:
    return next(
        (
            i
            for i, u in enumerate(units)
            if u.noise is None and u.words() >= _PROSE_MIN_WORDS and ends_sentence(u.text)
        ),
        len(units),
    )


def _beside_chrome(units: Sequence[Unit], i: int) -> bool:
    return any(0 <= k < len(units) and units[k].noise in _CHROME for k in (i - 1, i + 1))


def _page_publication(units: Sequence[Unit], i: int, first: int) -> bool:
    """A publication line in the page's chrome, or one with filing tags above the prose: a
    bare ``Publié le …`` elsewhere may be the text's own front matter."""
    text = units[i].text.strip()
    if not publication_line(text):
        return False
    return _beside_chrome(units, i) or (i < first and _SEPARATOR.search(text) is not None)


def mark_page_info(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Contact boxes and head publication lines: noise."""
    first = _first_prose(units)
    contact = [False] * len(units)
    for i, u in enumerate(units):
        if not _open(u):
            continue
        if i > first and contact_line(u.text) and not protected(u):
            contact[i] = True
            u.noise = "boilerplate"
        elif _page_publication(units, i, first):
            u.noise = "metadata"  # front matter's "Publié le …" too: the page's, not the text's
    for i in range(1, len(units) - 1):
        u = units[i]
        if (
            contact[i - 1]
            and contact[i + 1]
            and _open(u)
            and u.words() <= _BOXED_MAX_WORDS
            and _LABELLED.match(u.text.strip())
            and not ends_sentence(u.text)
        ):
            u.noise = "boilerplate"
