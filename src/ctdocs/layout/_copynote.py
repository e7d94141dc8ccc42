"""A repository copy's note on itself: the blockquote between its record and the text.

A page a static-site generator or a Git repository serves opens with its record (YAML
front matter between ``---`` lines), then the site's breadcrumb or back link, then, before
the document's first line, a Markdown blockquote in which whoever keeps the copy speaks of
it: that it was converted from the PDF, that it is an extract, a working copy, an
unofficial rendering (``> Note from the maintainers: this file was converted …``,
``> Ce chapitre est extrait du 10e rapport …``, ``> Copie de travail …``). No two
keepers word it alike; its place says what it is. The document has not begun yet: every
line above it is the copy's record or the site's chrome, and a document does not open on
a quotation. A blockquote after the document's first line (a report's summary box, a
title's disambiguation note) is the text's, and a page without front matter is left to
the notice and chrome rules, which read its words. A keeper's note says something: its
quote ends a sentence. A quote that ends none is the document's own title set in a quote
(a consolidation's ``> Regulations Implementing the United Nations Resolutions on …``),
which the title and heading rules still read.

One quote, one verdict: a blockquote whose first line a rule set aside (the line that
carries the note's cue, ``> **About this copy:** transcribed by …``) is one box, and its
other quoted lines go with it (``> Page breaks are not marked. Consult …``), whatever
their words: a note wrapped over quoted lines is one paragraph of the page, not a note
then the text. A numbered line inside it stops the box (a quoted provision). Only a
keeper's note carries its quote along: a stamp or a label set aside on a quote's first
line leaves the lines under it to their own rules. Gold keeps
every blockquote of ho1-ho30 and dev whole, noise or text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ._linekeys import ends_sentence

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_copy_note", "mark_quote_boxes"]


def _quoted(u: Unit) -> bool:
    """A Markdown blockquote's line: its first mark is ``>`` followed by text."""
    text = u.text.lstrip()
    return text.startswith(">") and bool(text[1:].strip(" >"))


def mark_copy_note(units: Sequence[Unit]) -> None:
    """Mark as boilerplate the blockquote that stands first, under a front matter's
    record and the chrome after it, before any line of the document."""
    if not units or not units[0].line.markup:
        return  # no front matter (or other repository markup) on top: not a repository's copy
    first = 0
    while first < len(units) and units[first].noise is not None:
        first += 1
    end = first
    while end < len(units) and units[end].noise is None and _quoted(units[end]):
        end += 1
    if end == first or not ends_sentence(units[end - 1].text):
        return  # no quote, or a title set in one
    for u in units[first:end]:
        u.noise = "boilerplate"


def mark_quote_boxes(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Give each blockquote the reason its first line was set aside with, when that reason
    is a keeper's note (``boilerplate``): the quoted lines after it, up to the quote's end
    or a numbered line, are the same note. A stamp or a site's label set aside on a quote's
    first line (``> Dernière mise à jour : 12 mars 2026``) says nothing of the lines under
    it, which may be the document quoted whole. A note whose first line is no sentence (a
    label) ends at the first sentence of prose under it; protected lines stay."""
    i = 0
    while i < len(units):
        u = units[i]
        if u.noise != "boilerplate" or not _quoted(u) or (i and _quoted(units[i - 1])):
            i += 1
            continue
        speaks = ends_sentence(u.text)
        k = i + 1
        while k < len(units) and _quoted(units[k]) and not _numbered(units[k]):
            if not speaks and ends_sentence(units[k].text):
                break  # a label's quote: the sentence under it is the text's
            if not protected(units[k]):
                units[k].noise = units[k].noise or u.noise
            k += 1
        i = k


def _numbered(u: Unit) -> bool:
    return u.marker is not None and u.marker.kind != "bullet"
