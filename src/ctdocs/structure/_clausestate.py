"""The state the body reader keeps while it reads: blocks made so far, what is open above
the current line (divisions, an article or numbered section, roman and capital
headings, the latest paragraph, open items), and the steps that make and close blocks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from .._vocab import BlockRole, NoiseReason
from ..layout import Unit
from ..layout._numbering import (
    Marker,
    division_rank,
    find_marker,
    load_numbering,
    roman_value,
)
from ._bareruns import gapped_row, heading_collides
from ._blocks import (
    TERMINAL_END,
    RawBlock,
    body_text,
    bold_number,
    heading_like,
    is_date_line,
    note_mark,
)
from ._lineshapes import joined_item_re
from ._sequences import _next_letter, _Note
from ._wrappedrefs import wrapped_reference

__all__: list[str] = []

_UNDOTTED_RE = re.compile(r"^(\d{1,3})\s+(?=[A-ZÀ-Ý])")
_CIRCLED_RE = re.compile(r"^[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]\s+")
# Noise that may stand between a heading and its first words without ending the clause.
_UNDER_HEADING = frozenset({"repository", "page-number", "page-header", "page-footer"})
_NOTE_RULE_MAX = 50  # a note rule is a part of the page's width (~20 of 75 characters)


class _State:
    """What is open above the current line, and the bookkeeping every reading step shares."""

    rows: frozenset[int] = frozenset()  # rows of a table set in columns (set by ``read``)
    # markers read otherwise (``read``): "1." a paragraph's colon leads in, "4°)" as a paragraph
    led: Mapping[int, Marker] = MappingProxyType({})
    stop_cuts: dict[int, int]  # body start -> start of a title a full stop closes (``read``)
    label_cuts: dict[int, int]  # the same for "Case study: the …" (a colon before lower case)

    def __init__(self, blocks: list[RawBlock], text: str, noise: Sequence[Unit]) -> None:
        self.blocks = blocks
        self.text = text
        self.noise = noise
        self.section: str | None = None
        self.heading_indent = -1  # indent of the line of the latest heading block
        self.second_items: list[int] = []  # starts of the lines that open with item (2)
        self.stems: dict[str, int] = {}  # decimal numbered lines per stem (3 of 3.1, 3.2)
        self.seen: dict[str, int] = {}  # clause number -> block index
        self.divisions: list[int] = []  # open Part / Title / Chapter, outermost first
        self.container: int | None = None  # open article or numbered section heading
        self.outline: list[int] = []  # open roman / capital-letter section headings
        self.anchor: int | None = None  # latest numbered paragraph
        self.items: list[int] = []  # open items, outermost first
        self.current: int | None = None  # clause that absorbs the paragraphs after it
        self.absorbing = False
        self.absorbed: dict[int, list[str]] = {}
        self.body_started = False
        self.in_definition = False  # after an unnumbered definition: its (a), (b) are its own
        self.awaiting_title: int | None = None  # a heading clause whose title may follow
        self.note: _Note | None = None
        self.foreign: int | None = None  # heading level of a "Related provisions" part
        self.quoted = False  # inside a quotation that runs over several lines
        self.annex: str | None = None  # "Annex" or "Annex II": the number space of an annex
        self.annex_restarted = False  # its numbering restarted: cite it as "Annex 1"
        self.annex_outline = False  # an outline of numbered headings: "Annex 1.1", not "Annex(1.1)"
        self.annex_outlines: frozenset[int] = frozenset()  # the annexes laid out so
        self.indent: dict[int, int] = {}  # item block -> indent of its line
        self._next: Unit | None = None
        self._unit_end = 0  # where the unit being read ends
        self.doc_title: str | None = None  # the document's title, as the head chose it
        self._title_items = False  # the list items read last are the title's
        self.restarting = False
        self.holding = False  # the text has units a holding division (Section) holds
        self.annex_starts: frozenset[int] = frozenset()  # annexes that number afresh
        self.toc: frozenset[int] = frozenset()  # contents entries that lost their leaders
        self.statute: frozenset[int] = frozenset()  # "3 Purpose": an act's section heads
        self.inserted: frozenset[int] = frozenset()  # articles an amending article inserts
        self.letters: dict[int, Marker] = {}  # "a « opérateur » désigne …": bare letter items
        self.bare: dict[int, Marker] = {}  # "1 The Committee …": paragraphs numbered without a dot
        self.contents: frozenset[int] = frozenset()  # entries of a contents list
        self.roman_forms: frozenset[str] = frozenset()  # "Title": numbered II, III here
        self.numbers: frozenset[int] = frozenset()  # the whole numbers lines open with
        self.lettered: Counter[str] = Counter()  # stems of lettered numbers: 11 of 11A, 11B
        self.section_notes: dict[int, str] = {}  # marginal notes above sections (their titles)
        self.title_division: int | None = None  # "# Chapter 3. …": a page's title line
        self.locations: frozenset[int] = frozenset()  # "PART 594—…": a page's place in a code
        self.fresh_forms: frozenset[str] = frozenset()  # "Chapter": numbered afresh per Title
        self.page_notes: frozenset[int] = frozenset()  # "(1) OJ C 284 …" above a page break
        self.furniture: list[tuple[Unit, NoiseReason]] = []  # page furniture found here
        self.page_letter = ""  # the last "(a) 2025 c. 19." note read at a page's foot
        self.notes = False  # below a footnote rule: "4   COM(2017) 610 final …" is a note
        self.pending: tuple[Unit, Marker] | None = None  # the rest of a heading's line
        self._after_repeat = False
        self._markers: dict[tuple[int, int], Marker | None] = {}
        self._last_clause: int | None = None  # the clause made last (block index)
        self._romans: list[str] = []  # roman section headings made so far, in order
        self._capitals: list[str] = []  # capital-letter section headings, in order
        self._nk = 0
        self._last_end = -1

    def marker(self, u: Unit) -> Marker | None:
        """The unit's marker, looking past a bullet (``- (a) …``) and, on a heading line,
        reading a bare number (``### 4 Short title``). Asked of a line several times (as
        itself, as the next line of another), so remembered."""
        if u.start in self.rows:
            return None  # "4.1   Regional risk assessment   Not started   2027": a table's row
        m = u.marker
        if u.start in self.led:
            # "1. that the Program …" led in by paragraph 14's colon: its items, 14(1); "4°)"
            # under TITRE II after "3°)": the text's paragraph 4°
            return self.led[u.start]
        if m is None and _CIRCLED_RE.match(u.text):
            return self._past_counter(u)
        if m is not None and m.family == "holds-units" and not self.holding:
            return None  # "Section I – General" over plain paragraphs: a heading
        if m is not None and m.kind != "bullet":
            return m
        key = (u.start, u.end)
        if key not in self._markers:
            self._markers[key] = self._read_marker(u, m)
        return self._markers[key]

    def _past_counter(self, u: Unit) -> Marker | None:
        """``①	I. – L'article …``: a web copy's alinéa counter (①, ②) is not a clause
        number; the marker after it, if any, is the line's."""
        c = _CIRCLED_RE.match(u.text)
        assert c is not None
        inner = find_marker(u.text[c.end() :])
        if inner is None or inner.kind == "bullet":
            return None
        return Marker(inner.kind, inner.label, inner.value, c.end() + inner.end, inner.family)

    def _read_marker(self, u: Unit, m: Marker | None) -> Marker | None:
        if m is None and is_date_line(u.text):
            return None  # "### 11 June 2026", a timeline's date: no clause number (§1)
        if m is None:
            heading = u.line.heading_level is not None or u.line.all_bold(self.text)
            # "1    Boulevard Michelet    du rond-point …": a table's row, its N° column
            gap = u.line.lead_gap and not gapped_row(u)
            if heading or gap:
                found = find_marker(u.text, heading=heading, gap=gap)
                if heading and found is not None and heading_collides(self.bare, u.start, found):
                    return None  # "## 2 How …" beside paragraph 2: a section's heading
                if found is None and (b := self.bare.get(u.start)) and b.kind != "number":
                    return b  # "II   RENFORCER …", "### Phase 2 — …": a heading sequence
                return found
            if u.start in self.statute:
                return find_marker(u.text, heading=True)
            if (bm := bold_number(u, self.text)) is not None:
                return bm
            if u.start in self.letters:
                return self.letters[u.start]
            if u.start in self.bare:
                return self.bare[u.start]
            if (jm := joined_item_re().match(u.text)) and self.text[: u.start].rstrip()[-1:] == ";":
                inner = find_marker(u.text[jm.end() :])  # "… suffisantes ;" / "et (3) dans …"
                if inner is not None and inner.kind in ("item", "letter", "roman"):
                    end = jm.end() + inner.end
                    return Marker(inner.kind, u.text[:end], inner.value, end, inner.family)
            um = _UNDOTTED_RE.match(u.text)
            if um and self.stems.get(um.group(1), 0) > 0 and heading_like(u, self.text):
                # "2 Questions politiques" above "2.3 Coopération …": an undotted number
                # heads a line that its decimal children follow
                return find_marker(u.text, heading=True)
            return None
        rest = u.text[m.end :]
        pad = len(rest) - len(rest.lstrip())
        inner = find_marker(rest.lstrip())
        if inner is not None and (
            inner.kind in ("number", "letter", "roman", "item")
            or (inner.family == "holds-items" and "." in inner.value)
        ):
            # "- (a) …"; "- **Action 1.1.1** : Mettre en place …", a strategy's actions
            # listed under their objective, each led by its word and its place in the
            # outline (a bulleted "- Recommandation n° 1 : …" may be a list repeating them)
            end = m.end + pad + inner.end
            return Marker(inner.kind, inner.label, inner.value, end, inner.family)
        return m

    def _family(self, m: Marker, indent: int = 0) -> str:
        """An item's sequence. For (i): letter or roman? It continues the open sequence it
        is the successor of, innermost first; otherwise (a) starts letters, (i) romans.
        An (i) right after an (h) that leads into it (set deeper, or ending without a
        full stop: "(h) for the safety of the public and of") opens romans under it."""
        if m.kind not in ("letter", "roman"):
            return m.family or m.kind
        v = m.value.lower()
        if "." in v:
            return "letter"
        if v == "i" and self.items:
            top = self.items[-1]
            b = self.blocks[top]
            if (
                b.family == "letter"
                and b.item_value.lower() == "h"
                and (indent > self.indent.get(top, 0) or not _item_ends(b.text))
            ):
                return "roman"
        rv = roman_value(v)
        for j in reversed(self.items):
            b = self.blocks[j]
            last = b.item_value.lower().split(".")[0]
            if b.family == "letter" and (_next_letter(last) == v or last == v):
                return "letter"
            if b.family == "roman" and rv is not None and rv == (roman_value(last) or 0) + 1:
                return "roman"
        if v == "a":
            return "letter"
        if v == "i":
            return "roman"
        if rv is not None and (
            len(v) > 1 or any(self.blocks[j].family == "roman" for j in self.items)
        ):
            return "roman"
        return "letter"

    def _innermost(self) -> int | None:
        if self.items:
            return self.items[-1]
        if self.anchor is not None:
            return self.anchor
        return self.container

    def _close(self, *, container: bool = False, outline: bool = False) -> None:
        """End what a new heading or numbered unit ends: items, the latest paragraph, and
        (for an article, a section or a heading) the open number space."""
        self.items = []
        self.anchor = None
        self.current = None
        self.absorbing = False
        self.in_definition = False
        if container:
            self.container = None
        if outline:
            self.outline = []

    def _bullet(self, u: Unit, m: Marker) -> None:
        self._list_block(u, body_text(u.text[m.end :]), m.label)

    def _list_item(self, u: Unit, m: Marker) -> None:
        """An item of an unnumbered definition: part of that definition, not a clause."""
        self._list_block(u, body_text(u.text), m.label.strip())

    def _list_block(self, u: Unit, text: str, marker: str) -> None:
        """A list item under the innermost open block: a bullet keeps only the words after
        its marker, an item of a definition its whole line (the marker is the line's own)."""
        parent = self._innermost()
        self.blocks.append(
            RawBlock(
                "list_item",
                u.start,
                u.end,
                text,
                section=self.section,
                parent=parent,
                marker=marker,
                page=u.page,
                bbox=u.bbox,
            )
        )
        if parent is not None:
            self.blocks[parent].children.append(len(self.blocks) - 1)
        self.absorbing = False

    def _footnote(self, u: Unit) -> None:
        """A footnote is its own block: never a clause, a heading, or part of a clause."""
        self._paragraph(u, role="footnote", parent=self._innermost(), note_mark=note_mark(u.text))
        self.absorbing = False

    def _furniture(self, u: Unit, reason: NoiseReason) -> None:
        """A line of the printed page the layout stage kept (a running head numbered as a
        section, the notes at a page's foot inside a quotation): set aside as noise."""
        self.furniture.append((u, reason))
        self.absorbing = False  # a clause's span does not run over noise

    def _paragraph(
        self, u: Unit, *, role: BlockRole, parent: int | None, note_mark: str | None = None
    ) -> None:
        self.blocks.append(
            RawBlock(
                "paragraph",
                u.start,
                u.end,
                body_text(u.text),
                section=self.section,
                parent=parent,
                role=role,
                page=u.page,
                bbox=u.bbox,
                note_mark=note_mark,
            )
        )
        if parent is not None:
            self.blocks[parent].children.append(len(self.blocks) - 1)

    def _clause(
        self,
        u: Unit,
        m: Marker,
        number: str,
        parent: int | None,
        title: str | None,
        body: str,
        body_start: int,
        *,
        start: int | None = None,
    ) -> int:
        b = RawBlock(
            "clause",
            u.start if start is None else start,
            u.end,
            body,
            section=self.section,
            parent=parent,
            number=number,
            label=m.label.strip(),
            title=title,
            depth=(self.blocks[parent].depth + 1) if parent is not None else 1,
            parent_number=self.blocks[parent].number if parent is not None else None,
            body_start=body_start,
            page=u.page,
            bbox=u.bbox,
        )
        self.blocks.append(b)
        idx = len(self.blocks) - 1
        if parent is not None:
            self.blocks[parent].children.append(idx)
        self.seen[number] = idx
        self._last_clause = idx
        self._after_repeat = False
        self.current, self.absorbing = idx, True
        self.note = None
        return idx

    def _outer(self) -> int | None:
        if self.outline:
            return self.outline[-1]
        return self.divisions[-1] if self.divisions else None

    def _in_annex(self, number: str) -> str:
        """An annex whose numbering starts again at 1 has its own number space; one that
        carries the document's only numbering (a Council cover note) keeps plain numbers."""
        if self.annex is None:
            return number
        if not self.annex_restarted:
            if number not in self.seen:
                return number
            self.annex_restarted = True
        return self._cite(number)

    def _stop_at_noise(self, u: Unit) -> None:
        """A noise unit between two content units stops absorption (a clause's span may
        not run over noise)."""
        while self._nk < len(self.noise) and self.noise[self._nk].start < u.start:
            n = self.noise[self._nk]
            if self._last_end >= 0 and n.start >= self._last_end and not self._record_under(n):
                self.absorbing = False
                # a short rule ("________") over the notes at the foot of a page; one as wide
                # as the page runs under a running head or between parts, over no notes
                rule = n.noise == "markup" and "_" in n.text
                self.notes = rule and n.text.count("_") < _NOTE_RULE_MAX
            self._nk += 1
        self._last_end = u.end

    def _record_under(self, n: Unit) -> bool:
        """A database's record of a provision ("Version en vigueur depuis …", "Modifié par
        …") or a page break (its number, its running head) printed between a heading and
        its first words: the heading still takes the body that follows (the record or the
        page's furniture is noise, not a break in the text)."""
        return (
            n.noise in _UNDER_HEADING
            and self.current is not None
            and not self.blocks[self.current].text
            and self.current not in self.absorbed
        )

    def _cite(self, number: str) -> str:
        """A number in the open annex's space: ``Annex(1)``."""
        return f"{self.annex}({number})"

    def _annex_heading(self, value: str) -> str:
        """A roman or capital heading inside an annex that numbers afresh is in its space:
        ``I. Scope`` under ``Appendix`` is Appendix(I)."""
        if self.annex is not None and self.annex_restarted and not value[0].isdecimal():
            if value.startswith(f"{self.annex}("):
                return value  # "A." under "Appendix(III)": Appendix(III)(A), already in it
            return f"{self.annex}({value})"
        return value

    def _in_division(self, value: str) -> str:
        """``Chapter I`` as cited where chapters number afresh under each title: after the
        open larger division, ``Title II Chapter I`` (see ``_divisions``)."""
        if value.rsplit(" ", 1)[0] not in self.fresh_forms:
            return value
        rank = division_rank(value)
        above = [k for k in self.divisions if division_rank(self.blocks[k].number) < rank]
        return f"{self.blocks[above[-1]].number} {value}" if above else value

    def _cited_before(self, number: str) -> bool:
        """The number belongs to an earlier clause than the last one: this line is not
        that clause again. The same number twice in a row ("2. Two. 2. Two again.") is
        kept, as the editing slip that ``ctdocs validate`` reports."""
        k = self.seen.get(number)
        if k is None:
            return False
        return k != self._last_clause or self._after_repeat

    def _repeated(self, u: Unit) -> None:
        """A number already cited in its space: a footnote ("1 Voir également …") or a
        running header ("2  Counter-Terrorism Act 2019 (c. 3)"), not a second clause."""
        self._after_repeat = True  # the notes that follow are notes too
        if self.note is not None:  # a marginal note above it titles nothing
            self._paragraph(self.note.unit, role="body", parent=None)
            self.note = None
        role: BlockRole = "footnote" if u.words() <= 60 else "body"
        self._paragraph(u, role=role, parent=None)
        self.absorbing = False

    def _restarts_under(self, m: Marker, indent: int) -> bool:
        """``3. Recommendations`` standing alone, then ``1.``, ``2.`` … again: a list that
        restarts under a numbered heading is its items (3(1), 3(2) …), and so are the
        numbers that continue it (in the style it opened with, ``2.`` or ``2)``). So is a
        list set deeper than a paragraph that leads into
        it (``3. … four patterns:`` over an indented ``1.``, ``2.``: 3(1), 3(2)), and a list
        that restarts under a decimal sub-clause led in by a colon (``5.1. Operators shall:``
        then ``1)``: 5.1(1)) whatever its indent."""
        if not m.value.isdecimal() or m.family == "paragraph":  # the text's own (_ledruns)
            return False
        if m.value == "1":
            k = self._last_clause
            if k is None or "1" not in self.seen:
                return False
            b = self.blocks[k]
            if not b.number.replace(".", "").isdecimal():  # 3, 3.1, 5.2.1
                return False
            heads = b.title is not None and not b.text
            deeper = indent > self.indent.get(k, indent) or "." in b.number
            leads = b.text.rstrip().endswith(":") and deeper
            return heads or leads
        # the open number item, past letters opened under it ("3) … : a) …; b) …" then "4)")
        k = next((k for k in reversed(self.items) if self.blocks[k].family == "number"), None)
        if k is None:
            return False
        b = self.blocks[k]
        return (
            b.label.rstrip()[-1:] in (".", ")")
            and b.label.rstrip()[-1:] == m.label.rstrip()[-1:]
            and b.item_value.isdecimal()
            and int(b.item_value) + 1 == int(m.value)
            and indent >= self.indent.get(k, 0)
        )

    def _resumes(self, value: str) -> bool:
        """Under a named unit (``Mesure 12``), ``3.`` after the text's own 1. and 2. resumes
        the text's numbering: it is not the unit's first item."""
        c = self.container
        return (
            c is not None
            and self.blocks[c].family == "holds-items"
            and value.isdecimal()
            and int(value) > 1
            and str(int(value) - 1) in self.seen
        )

    def _take_note(self) -> tuple[str | None, int | None]:
        """The marginal note waiting above this line: its title, and where the clause it
        titles starts (at the note, so that its words stay in the clause's span)."""
        note, self.note = self.note, None
        return (note.title, note.unit.start) if note is not None else (None, None)

    def _lone_lettered(self, value: str) -> bool:
        """A lettered section number (``3A``) alone of its stem and not right after section
        ``3``: the section an amending act inserts in another act, not one of its own (an act
        that numbers so has a run, ``11A``, ``11B``, or the stem just before, ``5`` then ``5A``)."""
        stem = value.rstrip(_CAPITALS)
        if stem == value or self.lettered[stem] >= 2:
            return False
        return self.anchor is None or self.blocks[self.anchor].number != stem

    def _continues(self, value: str) -> bool:
        """A paragraph number opens the text's numbering (1) or follows one it has; a lettered
        one (``17A``) follows its own stem (a quoted ``"17A.`` after section 4 of an amending
        act is the section it inserts in another act)."""
        stem = value.rstrip(_CAPITALS)
        if stem != value and stem.isdecimal():
            return stem in self.seen
        return not value.isdecimal() or int(value) <= 1 or str(int(value) - 1) in self.seen

    def _near_numbers(self, n: int) -> bool:
        """A number heading a section has neighbours in the text (the sections before or
        after it, a few missing where repealed, or its decimal children: 2 over 2.3); one
        with none near it is no section."""
        if n <= 1 or self.stems.get(str(n), 0) > 0:
            return True
        return any(k in self.numbers for k in range(n - 3, n + 4) if k != n)

    def _opens_or_continues(self, m: Marker) -> bool:
        """An item opens its sequence (``(A)``) or follows an open item of its family."""
        if m.value.lower() in ("a", "i"):
            return True
        return any(
            (b := self.blocks[k]).family == m.family
            and _next_letter(b.item_value.lower()) == m.value.lower()
            for k in self.items
        )

    def _stray_letter(self, m: Marker) -> bool:
        """``r.`` with no item open and no ``q.`` before it: a letter that opens no list and
        continues none (an abbreviation a line break set at a line's start)."""
        if m.value.lower() in ("a", "i") or self.items:
            return False
        prev = chr(ord(m.value.lower()) - 1) if len(m.value) == 1 else ""
        return not any(b.item_value.lower() == prev for b in self.blocks if b.item_value)

    def _loose_letter(self, u: Unit, m: Marker) -> bool:
        """A letter that opens no list and continues none: ``r.`` as ``_stray_letter`` reads
        it, or ``(c)`` with nothing open above it and no parentless ``(b)`` before it (a
        copyright line, ``(c) Government of Tonga``): no gold cites such a ``(c)``."""
        numbers = [b.item_value for k in self.items if (b := self.blocks[k]).family == "number"]
        if wrapped_reference(self.text, u, m, numbers):
            return True  # "… after subsection" / "(3) the following": a reference
        if m.kind != "letter" or m.label.endswith("."):
            return m.kind == "letter" and self._stray_letter(m)
        v, opened = m.value, self.anchor is not None or self.container is not None
        if len(v) != 1 or v.lower() in "aivx" or self.items or self.outline or opened:
            return False
        return f"({chr(ord(v) - 1)})" not in self.seen

    def _in_article(self) -> bool:
        c = self.container
        return c is not None and (
            self.blocks[c].family == "holds-items"
            or self.blocks[c].number.startswith(load_numbering().article.form + " ")
        )


def _item_ends(text: str) -> bool:
    """An item's text ends as an item of a list does: a full stop or semicolon, or a
    semicolon and the joiner before the last item ("… that reporting; and")."""
    t = text.rstrip()
    if TERMINAL_END.search(t):
        return True
    head, _, last = t.rpartition(" ")
    return head.rstrip().endswith(";") and last.lower() in load_numbering().inline_joiners


_ARTICLE_NUMBER_RE = re.compile(r"(\d{1,4})(.*)$")


def inserted_articles(units: Sequence[Unit]) -> frozenset[int]:
    """Articles (by start) that an amending article inserts, printed unquoted after its
    lead-in ("… les articles 66 bis à 66 quater ainsi libellés :" over "Article 66 bis – …"):
    after a line closed by a colon, a run of articles whose numbers do not follow the
    text's own, which resumes after them ("Art. 3" after "Art. 2"). Their numbers are not
    the document's (guidelines §1); their text is its content."""
    arts: list[tuple[int, int, str]] = []  # (unit index, number, rest of the number)
    for k, u in enumerate(units):
        m = u.marker
        if m is not None and m.kind == "article":
            nm = _ARTICLE_NUMBER_RE.match(m.value.split(" ", 1)[-1])  # "66 bis": 66, "bis"
            if nm:
                arts.append((k, int(nm.group(1)), nm.group(2).strip()))
    found: set[int] = set()
    j = 0
    while j + 1 < len(arts):
        k, n, _ = arts[j]
        run = []
        i = j + 1
        while i < len(arts) and not (arts[i][1] == n + 1 and not arts[i][2]):
            run.append(arts[i])
            i += 1
        first = run[0][0] if run else -1
        if run and i < len(arts) and units[first - 1].text.rstrip().endswith(":"):
            found.update(units[x].start for x, _, _ in run)
            j = i
            continue
        j += 1
    return frozenset(found)


_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def lettered_stems(values: Sequence[str]) -> Counter[str]:
    """How many lettered numbers (``11A``, ``11B``) the text's numbered lines open with, by stem."""
    return Counter(v.rstrip(_CAPITALS) for v in values if v[-1:] in _CAPITALS)
