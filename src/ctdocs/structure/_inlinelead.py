"""A sentence's first inline item cut from its paragraph by the layout of the second.

``This report examines (1) the extent to which … 2025, and`` / ``(2) the extent to which
…``: the second item opens a line, so the layout starts a unit there, and the first,
written inside the sentence above, is left in a paragraph with no marker at its start.
Items written inline are clauses (guidelines §1a), and the first one's text starts
after its label: the paragraph is cut there, its lead-in stays a paragraph.

``will (a) engage …; or (b) travel …``, ``holding that (i) …; (ii) …``: a numbered
paragraph's first inline item may follow a word, with no colon before it; the body reader
cuts there when :func:`word_led_run` sees the run go on.
"""

from __future__ import annotations

import re

from ..layout import Unit
from ..layout._numbering import Marker, find_marker, load_numbering
from ._prefixquotes import PrefixQuotes
from ._sequences import _INLINE_RE, _first, _successor

__all__ = ["after_word", "first_inline_item", "inline_candidates", "may_run_in", "word_led_run"]

# the word in lower case an inline item written with no colon before it follows
_WORD_LED_RE = re.compile(r"(?<![\w.])[a-zà-ÿ]{2,}$")

# A number's full stop: what the candidates' pattern needs of a line with no bracket and no
# "Art" after the marker (see :func:`_may_hold_items`).
_DIGIT_DOT_RE = re.compile(r"\d\.")
_DIGIT_DOT_SPACE_RE = re.compile(r"\d\.\s")

_FIRST = {"2": "1", "b": "a", "ii": "i"}
_MIN_WORDS = 3


def first_inline_item(u: Unit, nxt: Unit | None, nm: Marker | None) -> int:
    """Where in ``u.text`` the first item of a sequence the next line continues starts:
    its label (``(1)`` when the next line opens with ``(2)``) once inside the sentence,
    after a word and before a word in lower case, as the next item's text goes on in lower
    case; 0 when there is none."""
    if nxt is None or nm is None or nm.kind == "bullet" or nm.value not in _FIRST:
        return 0
    if not nm.label.strip().startswith("(") or not nxt.text[nm.end :].lstrip()[:1].islower():
        return 0
    label = nm.label.strip().replace(nm.value, _FIRST[nm.value], 1)
    hits = [h for h in re.finditer(rf"(?<=\w )({re.escape(label)}) (?=[a-zà-ÿ])", u.text)]
    if len(hits) != 1:
        return 0
    cut = hits[0].start(1)
    if min(len(u.text[:cut].split()), len(u.text[hits[0].end(1) :].split())) < _MIN_WORDS:
        return 0
    return cut


def after_word(before: str) -> bool:
    """The text before a label ends on a word in lower case (``… holding that``)."""
    return _WORD_LED_RE.search(before.rstrip()) is not None


def word_led_run(text: str, pos: int, mk: Marker, fam: str, succ: Marker, before: str) -> bool:
    """Whether the item ``mk`` at ``pos`` in ``text``, after a word and no colon, opens a
    run of inline items: it is the first of its family, its text goes on in lower case,
    and its successor ``succ`` comes after a semicolon (``before`` is the text up to the
    successor; a joiner, ``; or (b)``, may stand between). A label that a sentence cites,
    ``(a) and (b) of section 83.18``, has no successor so."""
    if not _first(fam, mk.value) or not after_word(text[:pos]):
        return False
    if not text[pos + len(mk.label.strip()) :].lstrip()[:1].islower():
        return False
    if succ.kind == "bullet" or not _successor(fam, mk.value, succ.value):
        return False
    before = before.rstrip()
    tail = before.rsplit(None, 1)[-1].lower() if before else ""
    if tail in load_numbering().inline_joiners:
        before = before[: -len(tail)].rstrip()
    return before.endswith(";")


def inline_candidates(text: str, start: int) -> tuple[list[tuple[int, Marker]], set[int]]:
    """The labels after ``start`` that may open an inline item, with their markers: after a
    semicolon, a colon or a question's mark (``… apply? (ii) does …``; a joiner, ``; and
    (ii)``, may stand between), a number after a full stop, an article; and, set apart in
    the second value, a label in parentheses after a word (``holding that (i)``), which
    only :func:`word_led_run` may take as a run's first. A label inside a quotation the line
    opens is none: the quoted provision's numbers are not the document's (guidelines §1:
    ``Aux termes du F de l'article 1er : « … a) … ; b) … »`` in a court's reasons)."""
    cands: list[tuple[int, Marker]] = []
    led: set[int] = set()
    if not _may_hold_items(text, start):
        return cands, led
    joiners = tuple(load_numbering().inline_joiners)
    quotes = PrefixQuotes(text)
    for c in _INLINE_RE.finditer(text, start):
        pos = c.start()
        while pos < len(text) and text[pos] == " ":
            pos += 1
        mk = find_marker(text[pos:])
        if mk is None or mk.kind in ("bullet", "heading", "division"):
            continue
        if quotes.quoted(pos):
            continue  # « … : a) …; b) … » quotes another instrument: not the document's items
        if mk.kind == "article":
            cands.append((pos, mk))
            continue
        before = text[:pos].rstrip()
        # (no split of the whole prefix: square on a long line)
        tail = before.rsplit(None, 1)[-1].lower() if before else ""
        if tail in joiners:
            before = before[: -len(tail)].rstrip()
        if before.endswith((";", ":", "?")) or (mk.kind == "number" and before.endswith(".")):
            cands.append((pos, mk))
        elif after_word(before) and mk.label.lstrip().startswith("("):
            cands.append((pos, mk))
            led.add(pos)
    return cands, led


def _may_hold_items(text: str, start: int) -> bool:
    """Whether ``_INLINE_RE`` may match after ``start``: each of its shapes holds a closing
    bracket, a digit's full stop or "Art" (a union opening on look-behinds is tried at every
    place of a long line; most of a text's numbered paragraphs hold none of these after
    their marker, and these tests each run in C)."""
    return (
        text.find(")", start) >= 0
        or text.find("]", start) >= 0
        or text.find("Art", start) >= 0
        or _DIGIT_DOT_RE.search(text, start) is not None
    )


def may_run_in(text: str) -> bool:
    """Whether a numbered sequence may run into the line (``_RUN_IN_RE``, opening on every
    blank): its labels are a number closed by a full stop before a blank, or a bracket
    (most lines hold neither; each test runs in C)."""
    return "[" in text or _DIGIT_DOT_SPACE_RE.search(text) is not None
