"""A numbered paragraph's first line read as its heading, given back where no sibling has one.

A number alone with a few words on its line over the next line's capital reads as a
numbered heading (``1.1. Des menaces …`` / ``Les groupes …``: guidelines §1a, the title
is the line and the body starts below). A paragraph's first line breaks early for other
reasons too: a quotation opens the next line (``5. La délégation du Ghana a présenté les
résultats de l'opération conjointe`` / ``« Koudalgou IV », menée …``), a page's markup
closes a short sentence (``(12) I vote for this`` / ``JUDGMENT: …``), a hyphened name
breaks at the margin. The line alone cannot tell; the document can: it numbers its
paragraphs one way throughout, so a "heading" that says rather than names (a subject
and its verb, or more words than a title has over a line going on with its sentence)
among siblings of its number space none of which has a title is the paragraph's first
line, and its text. Shape and the siblings only: the words that make a phrase say are the
run-in titles' data (``numbering.toml``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..layout import Unit
from ..layout._numbering import load_numbering
from ._blocks import RawBlock, body_text, clean_title
from ._stoptitles import _saying, _space

__all__ = ["lone_line_titles"]


def lone_line_titles(blocks: list[RawBlock], units: Sequence[Unit], text: str) -> None:
    """Give back to its text each title that is the rest of its number's plain line (no
    heading markup, not all bold) over a body below, that says rather than names, and that
    no sibling of its number space (same parent, number shape and family) shares, one
    untitled sibling at least standing beside it."""
    titled = [b for b in blocks if b.kind == "clause" and b.title and b.text]
    if not titled:
        return
    lines = {u.start: u for u in units}  # (speed: the cheap shape first, then the words)
    found = [(b, at) for b in titled if (at := _line_title(b, lines.get(b.start), text))]
    found = [(b, at) for b, at in found if b.title and _says(b.title, _goes_on(b.text))]
    if not found:
        return
    spaces: dict[tuple[int | None, str, str], list[RawBlock]] = {}
    for b in blocks:
        if b.kind == "clause":
            spaces.setdefault((b.parent, _space(b.number), b.family), []).append(b)
    for b, after in found:
        others = [x for x in spaces[(b.parent, _space(b.number), b.family)] if x is not b]
        if not others or any(x.title for x in others):
            continue
        b.text = " ".join(s for s in (body_text(text[after : b.body_start]), b.text) if s)
        b.title, b.body_start = None, after


def _line_title(b: RawBlock, u: Unit | None, text: str) -> int | None:
    """Where ``b``'s title starts when it is all its number's plain line says after the
    number, its body starting below (a heading read off the line's shape alone)."""
    if u is None or u.end != b.body_start or not b.label or u.line.heading_level is not None:
        return None
    at = u.text.find(b.label)
    if at < 0 or u.line.all_bold(text):
        return None
    after = u.start + at + len(b.label)
    after += len(text[after : u.end]) - len(text[after : u.end].lstrip())
    return after if clean_title(text[after : u.end]) == b.title else None


def _says(title: str, goes_on: bool) -> bool:
    """A sentence's words, not a name's. A phrase of a title's length says where a sentence
    word or a verb cue stands after its first word (``I vote for this``, ``Terrorism remains
    …``, ``We have …``), not where a determiner opening it is the only one (``Our
    commitments``, ``Nos engagements``: ``name_determiners``). A longer line says where it
    holds one, or where the line below goes on with its sentence (``… de l'opération
    conjointe`` over ``« Koudalgou IV », menée …``); over a new sentence it is a long
    heading (``Strengthening the oversight of intelligence services and counter-terrorism
    police`` over ``The Committee …``)."""
    rules = load_numbering().run_in_title
    ws = title.split()
    if len(ws) > rules.max_words:
        return goes_on or _saying(title)
    first = ws[0].casefold().strip(".,;:!?")
    if len(ws) > 1 and first in rules.name_determiners:
        return _saying(" ".join(ws[1:]))
    return _saying(title)


# what opens a line that goes on with the sentence above: a word in lower case, a quotation
# or a bracket (``« Koudalgou IV », menée …``, ``"Koudalgou IV", conducted …``)
_GOES_ON = frozenset("«“‘\"'([")


def _goes_on(body: str) -> bool:
    """The body's first line goes on with the sentence its title line began."""
    t = body.lstrip()
    return bool(t) and (t[0].islower() or t[0] in _GOES_ON)
