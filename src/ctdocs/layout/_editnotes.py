"""An editor's or a keeper's note on the copy, standing outside the document's text.

Whoever republishes a text often says something about the copy rather than the document:
that it was converted from the PDF, transcribed, translated unofficially, reproduced as
signed, consolidated to a date, where it comes from, how to cite it, that the authentic
text is elsewhere (``*Editor's note: The text below reproduces the Protocol as signed …*``,
``Note of the translator (…): …``, ``*Mirror note: converted from the PDF … with Pandoc.*``,
``Copie de travail … Texte saisi à partir du PDF officiel``). No two keepers word it
alike, but the note has a shape that holds across sites:

* its place: before the document's first numbered line or after its last one (in a text
  without numbering, among its first or last few paragraphs), never between two clauses;
* its length: a paragraph, not a page (``_MAX_WORDS``);
* its wording: it speaks of the copy (translation, transcription, reproduction, source,
  version, citation: ``[copy_noise] copy_words`` in ``layout.toml``, both languages), or
  opens on a note's label (``note_labels``: "Editor's note", "Note du dépôt");
* often its emphasis: wholly in italics (the normaliser keeps that as ``Line.italic``, or,
  for a span over several lines, leaves the opening and closing stars in the text).

A paragraph so placed is the note when it opens on a label, or is in italics and says one
copy word, or says two distinct copy words. The document's own head and close (its
symbol, its place-and-date line, a signature: ``protected``) are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout
from .._needles import AnyOf
from ._linekeys import ends_sentence

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_edit_notes"]

_MAX_WORDS = 90  # a note is a paragraph: the longest seen is some sixty words
_MAX_LINES = 6  # a paragraph's lines, beyond which a run without blank lines is prose
_MIN_WORDS = 6  # "Unofficial translation." alone is a label the notice cues read
_EDGE = 4  # in a text without numbered lines: this many paragraphs at either end
_SENTENCE_END = re.compile(r"[.!?;] ")  # a sentence closed inside a line
_LEAD = "*_>[( \t"  # emphasis, quote and bracket marks before a note's label


@cache
def _cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    cues = load_layout().copy_noise
    if cues is None:
        return None, None
    label = re.compile(rf"(?:{any_of(cues.note_labels)})", re.I) if cues.note_labels else None
    words = re.compile(any_of(cues.copy_words), re.I) if cues.copy_words else None
    return label, words


def _numbered(u: Unit) -> bool:
    return u.marker is not None and u.marker.kind != "bullet"


def _clause(u: Unit) -> bool:
    """Numbered, and not a chapter's or a part's heading: a span opens on a clause."""
    return u.marker is not None and u.marker.kind not in ("bullet", "division")


def _paragraphs(units: Sequence[Unit]) -> list[list[int]]:
    """The open units grouped by paragraph: a unit after a blank line, after a unit
    already classed or on a line of its own heading opens a new one."""
    paras: list[list[int]] = []
    prev = -2
    for i, u in enumerate(units):
        if u.noise is not None or _numbered(u):
            continue
        if prev == i - 1 and not u.line.blank_before and u.line.heading_level is None:
            paras[-1].append(i)
        else:
            paras.append([i])
        prev = i
    return paras


def _in_edge(para: list[int], k: int, n: int, span: tuple[int, int] | None) -> bool:
    """Before the first numbered unit or after the last; without any, one of the first
    or last ``_EDGE`` paragraphs."""
    if span is None:
        return k < _EDGE or k >= n - _EDGE
    return para[-1] < span[0] or para[0] > span[1]


def _emphasised(units: Sequence[Unit], para: list[int]) -> bool:
    """Wholly in italics: every line marked so, or a span whose stars the normaliser left
    at either end because it runs over several lines."""
    if all(units[i].line.italic for i in para):
        return True
    head, tail = units[para[0]].text.strip(), units[para[-1]].text.strip()
    return (
        head[:1] in "*_"
        and head[1:2] not in ("*", "_", " ")
        and tail[-1:] == head[:1]
        and tail[-2:-1] not in ("*", "_", " ")
    )


def _labelled(text: str) -> bool:
    label = _cues()[0]
    return label is not None and label.match(text.lstrip(_LEAD)) is not None


@cache
def _copy_needles() -> AnyOf | None:
    """The copy words' needles: a line that holds none says no copy word, and the
    words' union (branches opening on ``\b``, tried at every position) is not run."""
    cues = load_layout().copy_noise
    return AnyOf(cues.copy_words, re.I) if cues is not None and cues.copy_words else None


def _copy_words(text: str) -> int:
    """How many distinct copy words a sentence of some words says (a note says something:
    a title or a head block that names a transcription or a consolidation says nothing)."""
    words, needles = _cues()[1], _copy_needles()
    if words is None or needles is None or len(text.split()) < _MIN_WORDS:
        return 0
    if not ends_sentence(text.rstrip("*_ ")) and _SENTENCE_END.search(text) is None:
        return 0  # no sentence closed in it, at its end (a box's signature) or inside
    if not needles.search(text):
        return 0
    return len({m.group().casefold() for m in words.finditer(text)})


def _is_note(units: Sequence[Unit], para: list[int]) -> list[int]:
    """The units of ``para`` that are a note: all when it opens on a note's label or is in
    italics with a copy word in it; else each line that says two copy words by itself (a
    paragraph of plain lines may join a closing formula to a note: "Seul le prononcé fait
    foi." over the page's line on its other language's copy)."""
    text = " ".join(units[i].text for i in para)
    if _labelled(text) or (_emphasised(units, para) and _copy_words(text) >= 1):
        return para
    return [i for i in para if _copy_words(units[i].text) >= 2]


def mark_edit_notes(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Mark as boilerplate each open paragraph outside the document's numbered span that
    is an editor's or a keeper's note on the copy (see the module's docstring)."""
    numbered = [i for i, u in enumerate(units) if _clause(u)]
    span = (numbered[0], numbered[-1]) if numbered else None
    paras = _paragraphs(units)
    for k, para in enumerate(paras):
        if len(para) > _MAX_LINES or not _in_edge(para, k, len(paras), span):
            continue
        if sum(units[i].words() for i in para) > _MAX_WORDS:
            continue
        if any(protected(units[i]) for i in para):
            continue
        for i in _is_note(units, para):
            units[i].noise = "boilerplate"
