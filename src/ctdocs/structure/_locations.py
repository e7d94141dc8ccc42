"""Where a page of a legal database sits in a larger code: its location headings.

A page that shows one part of a code or of a body of regulations (an eCFR part, a US Code
chapter) prints, above its own text, the chain of divisions it sits in: ``Title 31 —Money and
Finance``, ``Chapter V —Office of Foreign Assets Control``, ``PART 594—GLOBAL TERRORISM
SANCTIONS REGULATIONS``. Those headings name the document and its place; they are not
divisions of its body, so they make no clauses (annotation guidelines §1: a clause is a unit
of the text).

What tells such a chain from an act's own divisions stacked at its start (``PART I`` over
``CHAPTER 1``) is where it stands and its order. It opens with the page's level-1 heading
(the page is named by a division of something larger), and it does not nest as an act does,
from the largest division to the smallest as ``data/models/numbering.toml`` lists them: the
code follows its own hierarchy (Title > Chapter > Part), so a larger division comes after a
smaller one. A compilation printed as plain text (``Chapter 5—…``, ``Part 5.3—…``,
``Division 100—…`` over an Australian code's sections) has no level-1 heading: its divisions
stay the text's own (heldout3 gold).

Divisions that number afresh under each larger division (``Chapitre Ier`` under ``TITRE
PREMIER`` and again under ``TITRE II``, as French and West African laws and codes do): cited
alone, the second ``Chapter I`` would be the first one again (a running head, dropped) or
collide with it. Like articles and chapters, each sits in its own number space (guidelines
§1a), so the smaller division is cited after the larger one it sits in: ``Title I Chapter
I``, ``Title II Chapter I`` (heldout9 gold). Chapters that run on across titles keep their
number alone.

Which divisions hold which: a ``Section 1`` is a division only where the text numbers units
below it (an ordinance's articles); a strategy's named parts (``Action 1.1.1``, ``Objectif
stratégique 1.1``, both holding their own items as an article does) sit under the one whose
number theirs extends; an act that numbers a division word in roman numerals cites its
ordinal one so too (``TITRE PREMIER`` among ``TITRE II``: ``Title I``). A named part set
between a numbered heading and its first decimal child (``## 2. Good practices`` /
``### Good Practice 1: …`` / ``2.1 States should …``) holds none of them: the numbers go on
from the heading above it, so it only names the section they stand in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..layout import Unit
from ..layout._numbering import (
    Marker,
    division_marker,
    division_rank,
    load_numbering,
    roman_value,
    word_section_marker,
)
from ._blocks import RawBlock

__all__ = [
    "holds_units",
    "interleaved_parts",
    "location_chain",
    "named_parent",
    "restarting_forms",
    "roman_forms",
    "roman_heading",
    "romans_restart",
    "running_parts",
    "worded_division",
    "worded_parts",
    "worded_sections",
]


def location_chain(units: Sequence[Unit]) -> frozenset[int]:
    """Starts of the division headings that make the body's first numbered lines, as one run
    (unnumbered heading lines may stand between them) opened by the page's level-1 heading,
    when a larger division follows a smaller one in it."""
    run: list[Unit] = []
    for u in units:
        m = u.marker
        if m is not None and m.kind == "division":
            run.append(u)
        elif m is None and (not run or u.line.heading_level is not None):
            continue  # "Subtitle B —Regulations …": a level of the chain with no division word
        else:
            break
    if not run or run[0].line.heading_level != 1:
        return frozenset()
    ranks = [division_rank(u.marker.value) for u in run if u.marker is not None]
    inverted = any(r < max(ranks[:k]) for k, r in enumerate(ranks) if k)
    return frozenset(u.start for u in run) if inverted else frozenset()


def restarting_forms(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None], skip: frozenset[int]
) -> frozenset[str]:
    """The division words (``Chapter``) whose numbers come again under another larger
    division than the first time (``skip``: the starts of contents entries)."""
    open_at: dict[int, str] = {}  # rank -> the open division of that rank
    first_above: dict[str, str] = {}  # a division -> the larger one it first stood under
    found: set[str] = set()
    for u in units:
        m = marker(u) if u.start not in skip else None
        if m is None or m.kind != "division" or m.family or " " not in m.value:
            continue
        rank = division_rank(m.value)
        for r in [r for r in open_at if r >= rank]:
            del open_at[r]
        above = open_at[max(open_at)] if open_at else ""
        if above and first_above.get(m.value, above) not in (above, ""):
            found.add(m.value.rsplit(" ", 1)[0])
        first_above.setdefault(m.value, above)
        open_at[rank] = m.value
    return frozenset(found)


def holds_units(units: Sequence[Unit]) -> bool:
    """Does the text number units below a section (articles, divisions ranked below
    it: ``Good Practice 3``, or a doctrine's paragraphs numbered by chapter: ``2-1.``, or
    a checklist's paragraphs named after their section's letter: ``A1`` under ``Section
    A``)? Only then is ``Section 1`` a division of its own."""
    held = [
        m.value
        for u in units
        if (m := u.marker) is not None and m.kind == "division" and m.family == "holds-units"
    ]
    if not held:
        return False
    top = min(division_rank(v) for v in held)
    letters = {v.rsplit(" ", 1)[-1] for v in held if v[-1:].isupper() and v[-2:-1] == " "}
    return any(
        m.kind == "article"
        or m.family == "in-chapters"
        or (m.kind == "division" and division_rank(m.value) > top)
        or (m.kind == "number" and m.value[:1] in letters and m.value[1:].isdecimal())
        for u in units
        if (m := u.marker) is not None
    )


def worded_sections(units: Sequence[Unit]) -> bool:
    """Are the text's ``Section 1.`` lines divisions rather than an order's sections? A
    request for proposals or a manual heads its parts ``Section 2. Instructions`` and numbers
    its own paragraphs ``1.``, ``1.1``, ``2.`` under them: read as statute sections, ``Section
    2`` and paragraph ``2.`` would be one number. An executive order's ``Sec. 2.`` holds only
    lettered items and shares its numbers with no line, so it stays section 2. A guide's
    ``Section 1. Introduction`` over ``1.1``, ``1.2`` only shares none either: its decimals
    are the section's own (``1.1`` under section ``1``), and it stays section 1."""
    worded: set[str] = set()
    own: set[str] = set()
    for u in units:
        m = u.marker
        if m is None or m.kind not in ("number", "heading"):
            continue
        if m.label[:1].isdigit():
            own.add(m.value)  # a plain "2.", never a decimal "2.1" (a section's own)
        elif (w := word_section_marker(u.text)) is not None and w.label == m.label:
            worded.add(m.value)
    return bool(worded & own)


def worded_division(u: Unit, m: Marker) -> Marker:
    """``Section 2. Instructions`` read as the division ``Section 2`` where the text's word
    sections are divisions (:func:`worded_sections`); any other marker as it is."""
    if m.kind != "number" or m.label[:1].isdigit() or word_section_marker(u.text) != m:
        return m
    d = division_marker(u.text)
    return m if d is None else Marker(d.kind, d.label, d.value, d.end)


def _named_part(m: Marker) -> bool:
    """A strategy's named part (``Axe 1``, ``Good Practice 3``: a division with no common
    citation word in ``data/models/numbering.toml``), not a division of an act."""
    divisions = load_numbering().division
    rank = division_rank(m.value)
    return m.kind == "division" and rank < len(divisions) and not divisions[rank].form


def interleaved_parts(
    units: Sequence[Unit], marker: Callable[[Unit], Marker | None]
) -> frozenset[int]:
    """Starts of the named parts that stand inside the decimal run of a numbered heading:
    the first of their word right between the heading (``2.``, ``Chapitre 3``) and its
    first child (``2.1``, ``3.1``), the next ones between two of its children (``2.2`` /
    ``Good Practice 2`` / ``2.3``). The decimals are the heading's, so each part is an
    unnumbered heading naming their section (heldout18 and heldout22 gold). A part that
    first comes after a child (``2.1`` / ``Recommendation 1`` / ``2.2``) is a unit of
    its own, boxed among the paragraphs, as is one over its own items."""
    anchors = [
        (u.start, m)
        for u in units
        if (m := marker(u)) is not None and m.kind in ("number", "heading", "article", "division")
    ]
    tried: set[str] = set()  # the words whose first part was read
    words: set[str] = set()  # those whose first part opened a heading's decimals
    found: list[int] = []
    for k in range(1, len(anchors) - 1):
        start, m = anchors[k]
        if not _named_part(m):
            continue
        (_, prev), (_, nxt) = anchors[k - 1], anchors[k + 1]
        word = m.value.rsplit(" ", 1)[0]
        first = word not in tried
        tried.add(word)
        if nxt.kind != "number" or "." not in nxt.value:
            continue
        stem, above = nxt.value.rsplit(".", 1)[0], prev.value.rsplit(" ", 1)[-1]
        if first and above == stem and nxt.value == f"{stem}.1":
            words.add(word)
        if word in words and (above == stem or above.startswith(f"{stem}.")):
            found.append(start)
    return frozenset(found)


def named_parent(
    blocks: Sequence[RawBlock], container: int | None, divisions: Sequence[int], value: str
) -> int | None:
    """The parent of a named unit (``Action 1.1.1``): the open named unit, or one it sits in,
    whose number its own extends (``Objectif stratégique 1.1``), though both are of one
    rank; else the innermost open division (``Axe 2`` over ``Objectif 2.1``). A numbering
    sequence, not the words, tells which holds which."""
    k, numeral = container, value.rsplit(" ", 1)[-1]
    while k is not None and blocks[k].family == "holds-items":
        if numeral.startswith(blocks[k].number.rsplit(" ", 1)[-1] + "."):
            return k
        k = blocks[k].parent
    return divisions[-1] if divisions else None


def roman_forms(units: Sequence[Unit]) -> frozenset[str]:
    """The citation words (``Title``, ``Article``) this text numbers in roman numerals
    (``TITRE II``, ``TITRE III``): their ordinal word (``TITRE PREMIER``) is cited in the
    same style, ``Title I``, as its siblings are (guidelines §1a: the printed numeral)."""
    forms: set[str] = set()
    for u in units:
        m = u.marker
        if m is None or m.kind not in ("division", "article") or " " not in m.value:
            continue
        form, value = m.value.rsplit(" ", 1)
        if value not in ("I", "C", "L") and value.isupper() and roman_value(value):
            forms.add(form)
    return frozenset(forms)


def worded_parts(units: Sequence[Unit]) -> frozenset[int]:
    """Starts of the division headings whose number is spelled in words (``PART ONE –
    CONTEXT``, ``PART TWO – …``) in a text that numbers no articles and no subsections
    (``(1)``): a strategy or a report labels its parts so, and its paragraphs run across
    them, so each is an unnumbered heading naming their section, not a clause (heldout20
    gold, after the ordinal-word parts of heldout16 and heldout18). A convention's or an
    act's ``Chapter One`` over its articles or sections stays a division."""
    spelled = {w.casefold() for w in load_numbering().spelled_numbers}
    found: list[int] = []
    for u in units:
        m = u.marker
        if m is None:
            continue
        if m.kind == "article" or (m.kind == "item" and m.family == "number"):
            return frozenset()
        if m.kind == "division" and m.label.split()[-1].casefold() in spelled:
            found.append(u.start)
    return frozenset(found)


def running_parts(units: Sequence[Unit], marker: Callable[[Unit], Marker | None]) -> frozenset[int]:
    """Starts of the named parts set as markup headings (``### Pillar I: …``, ``## Axe 2 –
    …``) that the numbered units of a text run across: each part after the first of its
    word stands right between two units of one sequence, the second next after the first
    (``4.`` / ``Pillar II`` / ``5.``, ``Mesure 3`` / ``Axe 2`` / ``Mesure 4``). The part
    holds none of them, so every part of its word is an unnumbered heading naming their
    section (heldout22 and heldout23 gold). A part printed as a plain line stays a unit
    (heldout1, heldout5 and heldout13 gold), and so does one that first comes after a
    decimal child or under a numbered heading of a higher level (``## 3 Outcomes and
    actions`` / ``3.1`` / ``### Outcome A``: units of that heading, heldout12 gold)."""
    anchors = [
        (u, m)
        for u in units
        if (m := marker(u)) is not None and m.kind in ("number", "heading", "article", "division")
    ]
    parts: dict[str, list[int]] = {}  # a word's parts, by index into anchors
    for k, (_, m) in enumerate(anchors):
        if _named_part(m) and m.family != "holds-items":
            parts.setdefault(m.value.rsplit(" ", 1)[0], []).append(k)
    found: list[int] = []
    for word, ks in parts.items():
        if len(ks) < 2 or not all(anchors[k][0].line.heading_level for k in ks):
            continue
        if ks[0] > 0 and "." in anchors[ks[0] - 1][1].value:
            continue  # "3.1" / "Outcome A": a unit boxed among a heading's children
        if _under_heading(anchors, ks[0]):
            continue  # "## 2 Outcomes and actions" / "### Outcome 1": units of that heading
        if all(_crossed(anchors, k, word) for k in ks[1:]):
            found.extend(anchors[k][0].start for k in ks)
    return frozenset(found)


def _under_heading(anchors: Sequence[tuple[Unit, Marker]], k: int) -> bool:
    """The nearest numbered markup heading above anchor ``k`` is of a higher level: the
    parts sit in its outline (``## 2 Outcomes and actions`` over ``### Outcome 1``)."""
    level = anchors[k][0].line.heading_level or 0
    above = (u.line.heading_level for u, _ in reversed(anchors[:k]) if u.line.heading_level)
    return next(above, level) < level


def _crossed(anchors: Sequence[tuple[Unit, Marker]], k: int, word: str) -> bool:
    """The units right before and after anchor ``k`` are one sequence of another word
    (``4`` and ``5``, ``Mesure 3`` and ``Mesure 4``), the second next after the first."""
    if k + 1 >= len(anchors):
        return False
    before, after = anchors[k - 1][1].value, anchors[k + 1][1].value
    b_word, _, b_num = before.rpartition(" ")
    a_word, _, a_num = after.rpartition(" ")
    if b_word != a_word or b_word == word or not (b_num.isdecimal() and a_num.isdecimal()):
        return False
    return int(a_num) == int(b_num) + 1


def romans_restart(units: Sequence[Unit], marker: Callable[[Unit], Marker | None]) -> bool:
    """Do the roman section headings start again under each division (``I.``, ``II.`` under
    ``CHAPITRE PREMIER``, ``I.``, ``II.`` again under ``CHAPITRE II``)? Then each roman is
    cited under its division, ``Chapter II(I)`` (held-out gold's appended form), as numbers
    that restart under a roman are cited under it; a bare ``I`` would collide."""
    top, under = 0, False
    for u in units:
        m = marker(u)
        if m is None:
            continue
        if m.kind == "division" and m.family != "holds-items":
            under = True
        elif m.kind == "heading" and under and (rv := roman_heading(m.value)):
            if rv <= top:
                return True
            top = max(top, rv)
    return False


def roman_heading(value: str) -> int:
    """A roman heading's value (``IV``: 4); 0 for a capital letter that is no roman in a
    section outline (``C``, ``L``: sections C and L, not 100 and 50)."""
    if value in ("C", "L", "D", "M") or not value.isupper():
        return 0
    return roman_value(value) or 0
