"""The labelled block of pointers between a page's last sentence and its closing chrome.

Below a web page's text a site may set a block of its own before its footer: a label of
a few words (``Pour en savoir plus``, ``Further reading``) over the other publications it
points to, one a line, each named by its kind and its title (``Fiche d'information :
Maladie du charbon``, ``Report: Drone threats to critical sites``). No two sites word the
label alike, so the block is told by its place and its shape alone, as a boilerplate
classifier reads blocks rather than words:

* it stands after the text's last sentence (the nearest open line above it ends on a
  full stop, a question or an exclamation; a colon would introduce a list of the text's);
* it runs into the page's closing chrome: every line below it, two or more, is already
  set aside as the site's (menus, share rows, a footer), none as a printed page's
  furniture;
* it opens on a label: one to four words, no digit, no closing punctuation, not a
  person's name, a signature or a front-matter line;
* each line under the label points elsewhere: a kind of one to three words in lower
  case after its capital (not an acronym a glossary defines), a colon, then a title that
  opens on a capital and ends no sentence (a definition opens in lower case); no line is
  numbered, bulleted or a table's row;
* each kind is a kind of publication (``layout.toml``'s ``pointer_kinds``: ``Fiche
  d'information``, ``Rapport``, ``Policy paper``), whole or by its first or last word.
  The same place and the same ``Label / Key : Value`` shape hold a text's own close: a
  press contact (``Contact presse`` over ``Service de presse : …``), its annex list
  (``Annexe A : …``), its sources, its distribution (``Pour attribution : …``), its
  signatories (``Home Secretary: …``), its authentic-version note (``Langue :
  Français``), an article (``Article premier : …``); none names a publication's kind.

A signature (``Le ministre de l'Intérieur`` over a name), an annex's list of substances
or a glossary closing a text has no such pointers, and stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import load_layout
from ._personnames import is_signed_name
from ._unit import SITE_CHROME

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_closing_block"]

_CHROME_MIN = 2  # closing lines below the block, all chrome
_LABEL_WORDS = 4
_ITEM_WORDS = 15  # a publication's title, not a paragraph
_BLOCK_ITEMS = 4  # pointers under one label; a longer run is a list of the text
_REASON = "boilerplate"
_CLOSERS = "\"'»”’)\\]*_"
# A line ending on a stop, a comma or a colon ends a sentence or goes on below it.
_ENDS_RE = re.compile(rf"[.!?;:,][{_CLOSERS}]*$")
# The text's last sentence ends on a full stop, a question or an exclamation.
_STOP_RE = re.compile(rf"[.!?][{_CLOSERS}]*$")
# "Fiche d'information : Maladie …", "Report: Drone …": a kind of one to three words
# of letters, a colon, then the title's first letter.
_POINTER_RE = re.compile(r"^([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2})\s?:\s+([^\W\d_])")
_DIGIT_RE = re.compile(r"\d")


@cache
def _kinds() -> frozenset[str]:
    """``layout.toml``'s ``pointer_kinds`` (a fixed set, read once)."""
    return frozenset(load_layout().pointer_kinds)


def _publication_kind(kind: str) -> bool:
    """A kind of publication, whole or by its first word (``Fiche d'information``) or its
    last (``Policy paper``)."""
    words = kind.casefold().replace("\u2019", "'").split()
    kinds = _kinds()
    return " ".join(words) in kinds or words[0] in kinds or words[-1] in kinds


def _pointer(u: Unit) -> bool:
    """A line naming a publication by its kind and title (see the module)."""
    text = u.text.strip()
    m = _POINTER_RE.match(text)
    return (
        m is not None
        and not m.group(1).isupper()  # a kind in words, not an acronym a glossary defines
        and _publication_kind(m.group(1))
        and m.group(2).isupper()  # a title, not a definition in lower case
        and u.noise is None
        and u.marker is None
        and not u.gaps
        and u.words() <= _ITEM_WORDS
        and not _ENDS_RE.search(text)
    )


def _label(u: Unit) -> bool:
    """One to four words, no digit, no closing punctuation, no person's name."""
    text = u.text.strip()
    return (
        u.noise is None
        and u.marker is None
        and 1 <= len(text.split()) <= _LABEL_WORDS
        and not _DIGIT_RE.search(text)
        and not _ENDS_RE.search(text)
        and not is_signed_name(text)
    )


def mark_closing_block(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Set the labelled block above the page's closing chrome aside (see the module)."""
    end = len(units)
    while end > 0 and units[end - 1].noise is not None:
        end -= 1
    below = units[end:]
    if len(below) < _CHROME_MIN or any(u.noise not in SITE_CHROME for u in below):
        return  # no closing chrome, or a printed page's furniture: no site's block
    first = end
    while first > 0 and end - first < _BLOCK_ITEMS and _pointer(units[first - 1]):
        first -= 1
    if first == end or first == 0 or not _label(units[first - 1]):
        return
    block = units[first - 1 : end]
    above = next((u for u in reversed(units[: first - 1]) if u.noise is None), None)
    if above is None or not _STOP_RE.search(above.text.rstrip()):
        return  # the block stands after the text's last sentence
    if any(protected(u) for u in block):
        return
    for u in block:
        u.noise = _REASON
