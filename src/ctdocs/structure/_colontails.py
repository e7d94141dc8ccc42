"""Run-in titles closed by a colon whose text goes on with a short gloss in lower case,
closed by a full stop: the label and its gloss are the title, read over the clauses of one
level.

A colon ends a run-in title (guidelines §1a: ``4.1 Training and Education: Allies will
…``), but a list of steps or stages prints a label, a colon and a few words in lower case
that finish the heading, then the paragraph (``1. Avant : préparer. Le directeur d'école
élabore …``, ``2. Pendant : s'échapper ou se cacher. Selon la situation …``): the heading
runs to the full stop, as a run-in title closed by a full stop does, and the body is the
sentence after it. Only where two clauses of a level or more repeat the shape: a lone line
may be a sentence's lead-in. A phrase in lower case that is all the clause says
(``1.2 Case study: the ricin plot disrupted in Cologne.``) is left as the colon cuts it.

Shape, position and repetition only: case, word counts, the full stop, the siblings.
"""

from __future__ import annotations

import re

from ._blocks import RawBlock, clean_title, words

__all__ = ["colon_tails"]

# a gloss after the label: a step's or a stage's few words ("s'échapper ou se cacher")
_GLOSS_MAX_WORDS = 6
# clauses of one level in the same shape: two make a habit of the document
_MIN_HABIT = 2
_FIRST_SENTENCE_RE = re.compile(r"[^.!?]*[.!?](?=\s|$)")


def colon_tails(blocks: list[RawBlock], text: str) -> None:
    """Run each colon title on to its gloss's full stop (:func:`_glossed`) where another
    clause of its level (depth) has one too."""
    glossed = [k for k, b in enumerate(blocks) if b.kind == "clause" and _glossed(b, text)]
    habit: dict[int, int] = {}
    for k in glossed:
        habit[blocks[k].depth] = habit.get(blocks[k].depth, 0) + 1
    for k in glossed:
        if habit[blocks[k].depth] >= _MIN_HABIT:
            _extend(blocks[k], text)


def _glossed(b: RawBlock, text: str) -> bool:
    """A title closed by a colon, then a few words in lower case closed by a full stop, then
    a sentence of its own (a capital)."""
    if not b.title or not b.text[:1].islower():
        return False
    if not text[b.start : b.body_start].rstrip().endswith(":"):
        return False
    m = _FIRST_SENTENCE_RE.match(b.text)
    if m is None or words(m.group(0)) > _GLOSS_MAX_WORDS:
        return False
    return b.text[m.end() :].strip()[:1].isupper()


def _extend(b: RawBlock, text: str) -> None:
    """The title runs on to the gloss's full stop; the body starts after it."""
    colon = text.rfind(":", b.start, b.body_start)
    stop = _FIRST_SENTENCE_RE.match(text, b.body_start)
    gloss = _FIRST_SENTENCE_RE.match(b.text)
    if colon < 0 or stop is None or gloss is None or b.title is None:
        return
    lead = colon
    while lead > b.start and text[lead - 1] in " \t":
        lead -= 1
    b.title = clean_title(b.title + text[lead : stop.end()])
    k = stop.end()
    while k < b.end and text[k] in " \t\n":
        k += 1
    b.text, b.body_start = b.text[gloss.end() :].strip(), k
