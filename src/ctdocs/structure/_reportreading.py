"""How the body reader reads reports, statements and web pages whose numbering is not
printed as a dot after a number at a line's start.

A mixin over the body reader's readings (:class:`ctdocs.structure._spaces._Spaces`),
kept apart from the reader of acts so that each stays small:

* paragraphs numbered with no dot (``01``, ``42``, ``I`` … ``V``: :mod:`._undotted`);
* named units whose label closes them (``… (Recommendation 1)``: :mod:`._trailinglabels`);
* arabic numbers set as markup headings under a roman one (``### 1.`` under ``## II.``:
  :mod:`._markupoutline`), cited under it (``II(1)``, ``II(2)(a)``);
* a parentless list that starts again under another heading (:mod:`._listspaces`);
* the first inline item of a sentence whose second item opens a line
  (:mod:`._inlinelead`);
* paragraphs of a cited instrument reproduced after a lead-in (:mod:`._reproduced`);
* a decimal heading standing alone over paragraphs whose numbers run across the
  outline (``4.2.2. Identification …`` over ``315.``);
* a field and its dated value (``Target implementation date: end of 2027``): neither
  a heading nor a note titling the paragraph below;
* numbered headings whose numbers the paragraphs running across them take (``1.
  Introduction`` over ``1. On 2 April …``): unnumbered headings (:mod:`._bareruns`);
* a strategy's named parts set inside a numbered heading's decimals (``2.`` / ``Good
  Practice 1`` / ``2.1``): unnumbered headings (:mod:`._locations`);
* a judgment's facts outline (``A.``, ``B.a``: :mod:`._facts`);
* page numbers a transcript glues before a heading's number (:mod:`._gluedpages`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..layout import Unit
from ..layout._numbering import Marker, find_marker, foreign_heading, load_numbering
from ..layout._saying import says
from ._bareruns import colliding_headings, heading_collides
from ._blocks import TERMINAL_END, RawBlock, body_text, clean_title, heading_like, words
from ._bylines import names_persons
from ._captionlines import caption_line
from ._cells import heads_columns, table_lines
from ._colonitems import colon_lead
from ._commaitems import comma_lead
from ._commentary import commented_articles
from ._facts import facts_outline
from ._gluedpages import glued_page_numbers
from ._inlinelead import first_inline_item
from ._lineshapes import cut_after_comma, paragraph_defines_below
from ._listparts import list_part_heading
from ._listspaces import list_base, restart_space
from ._locations import (
    holds_units,
    interleaved_parts,
    roman_heading,
    romans_restart,
    running_parts,
    worded_division,
    worded_parts,
    worded_sections,
)
from ._markupoutline import markup_sublevels
from ._minuteitems import stray_item_codes
from ._noheadings import names_no_section
from ._reproduced import reproduced_paragraphs
from ._runparas import running_paragraphs
from ._sequences import _COLON_TITLE_MAX_WORDS, _names, _says_inside
from ._spaces import _Spaces
from ._trailinglabels import trailing_labels
from ._undotted import undotted_headings, undotted_paragraphs, worded_headings

__all__: list[str] = []

_QUESTION_MAX_WORDS = 12  # a heading's question is short; a question put to a minister runs on
_PEER_MAX_WORDS = 12  # a peer lead-in names whom a list addresses: a few words
# A name closed by a colon, then the sentence it titles ("Bonne gouvernance : renforcer …")
_COLON_NAME_RE = re.compile(r"([A-ZÀ-Ý][^.:;!?()\[\]]{1,80}?)\s?:\s+(?=\S)")

# A field and its dated value on one line ("Target implementation date: end of 2027",
# "Date limite de mise en œuvre : 2028"): a label of two words or more and no number,
# a short value with one. "Part 1: Scope", "Objectif : Prévenir" are headings.
_FIELD_LINE_RE = re.compile(
    r"^[^:\d\s]+(?:\s+[^:\d\s]+){1,6}\s?:\s+(?=[^\n]{0,30}\d)(?:\S+\s*){1,5}$"
)
_STANDALONE_MAX_WORDS = 30
_SPACE_MAX_WORDS = 5  # a heading that names a restarted list's space: a short name


def report_markers(units: Sequence[Unit], bare: dict[int, Marker]) -> dict[int, Marker]:
    """The markers no line pattern reads, by start: the bare-number run's (``bare``), or
    else paragraphs numbered with no dot; paragraphs closed by their label; and headings
    numbered with no dot (``I Scope`` … ``II Prevention``, kind ``heading``) or led by a
    word no numbering data lists (``### Phase 2 — …``, a division)."""
    found = dict(bare or undotted_paragraphs(units))
    found.update(trailing_labels(units).markers)
    for start, m in (undotted_headings(units) | worded_headings(units, found)).items():
        found.setdefault(start, m)
    return found


def printed_runs(found: dict[int, Marker]) -> bool:
    """Whether :func:`report_markers` found paragraphs numbered with no dot or closed by
    their label (``number`` markers, and labels that start nowhere: end 0), not only
    headings: beside such paragraphs a ``1.`` after a colon is the paragraph's item."""
    return any(m.kind == "number" or m.end == 0 for m in found.values())


def _opens(number: str) -> bool:
    """``1``, ``I``, ``A``, ``Chapter I``, ``Axe stratégique 1``, ``2.1``: the first number of
    its sequence."""
    last = number.split()[-1].rsplit(".", 1)[-1]
    return last in ("I", "A", "a", "i") or (last.isdecimal() and int(last) == 1)


class _Reports(_Spaces):
    """Readings of reports and pages, over the body reader's (see the module's doc)."""

    def __init__(self, blocks: list[RawBlock], text: str, noise: Sequence[Unit]) -> None:
        super().__init__(blocks, text, noise)
        self.worded = False  # "Section 2. Instructions" is a division here (_holdings)
        self.stray_codes: frozenset[int] = frozenset()  # "INC-2026-04-17" in a log: no item
        self.label_lines: frozenset[int] = frozenset()  # "(Recommendation 2)" alone
        self.table_lines: frozenset[int] = frozenset()  # "Indicator   Weight" over a row
        self.markup_subs: frozenset[int] = frozenset()  # "### 1." under "## II."
        self.reproduced: frozenset[int] = frozenset()  # another instrument's "1."-"3."
        self.commented: frozenset[int] = frozenset()  # "Article 1er" a comment opens with
        # a restarted parentless list's space, and the anchor and container it opened under
        self.list_space: tuple[str, int | None, int | None] | None = None
        self.facts: dict[int, tuple[str, int]] = {}  # "B.a Le 20 juin …": number, label end
        # "5 2. AXES": the marker after a glued page number; "3 SIGLES": None, a plain heading
        self.paged: dict[int, Marker | None] = {}
        self.running: dict[int, Marker] = {}  # "(6)" under its heading, "(5)" above it: "6"
        self.colliding: frozenset[int] = frozenset()  # "2. General remarks" after paragraph 3
        self.interleaved: frozenset[int] = frozenset()  # "Axe 1" between "3." and "3.1"
        # the open markup headings that name sections (level, name), and the block from
        # which the innermost's own content starts
        self.headed: tuple[tuple[int, str], ...] = ()
        self.headed_at = 0
        self.division_romans = False  # "I.", "II." start again under each chapter
        self.heading_space: str | None = None  # "During the event": a list's restart
        self.division_restart: int | None = None  # "Section 5" whose numbers start again
        self.lead_section: str | None = None  # "To the Government:" right under "Recommendations"
        self._own_markers: dict[int, tuple[Unit, Marker | None]] | None = None  # see remembering
        self._read_marks: dict[int, tuple[Unit, Marker | None]] | None = None  # see _read_reports

    def _read_reports(self, units: Sequence[Unit], marker: Callable[[Unit], Marker | None]) -> None:
        """What the whole body tells before its lines are read (once ``bare`` is set)."""
        self.label_lines = trailing_labels(units).label_lines
        self.table_lines = table_lines(units, self.text, lambda u: heads_columns(u, marker))
        self.markup_subs = markup_sublevels(units, marker)
        self.commented = commented_articles(units, marker, lambda u: heading_like(u, self.text))
        self.reproduced = reproduced_paragraphs(units, marker) | self.commented
        self.facts = facts_outline(units)
        self.paged = glued_page_numbers(units)
        self._reread()
        self.running = running_paragraphs(units, marker)
        self._reread()
        self.colliding = colliding_headings(units, marker, self.contents | self.toc)
        self.interleaved = (
            interleaved_parts(units, marker) | running_parts(units, marker) | worded_parts(units)
        )
        self._reread()
        self.division_romans = romans_restart(units, marker)
        # what :meth:`marker` reads is all set now: each unit's answer is remembered
        self._read_marks = {}

    def _reread(self) -> None:
        """Forget the answers :meth:`marker` remembered: a reading it looks at has changed."""
        if self._read_marks is not None:
            self._read_marks = {}

    def _in_annex(self, number: str) -> str:
        """A part a text opens with (a judgment's orders, a bill's memorandum) ends where its
        numbers start again: ``1.`` after ``Memorandum 3`` is the bill's section 1. Outside
        any annex, paragraphs that start again under another unnumbered heading are cited
        under it (:meth:`_under_heading`)."""
        leading = load_numbering().annex.leading_parts.values()
        if self.annex in leading and self._cite(number) in self.seen:
            self.annex, self.annex_restarted, self.section = None, False, None  # its heading too
        restarted = self.divisions and self.divisions[-1] == self.division_restart
        if self.annex is None and number.isdecimal() and (number in self.seen or restarted):
            return self._under_heading(number)
        return super()._in_annex(number)

    def _under_heading(self, number: str) -> str:
        """``1.``, ``2.`` under ``Before the event``, then ``1.``, ``2.`` again under ``During
        the event``: the list that opens again lives in a space named after the heading that
        sets it apart (``During the event(1)``), as a lettered list does
        (:func:`._listspaces.restart_space`: ``Actions recommandées(a)``, held-out gold);
        the first list keeps its plain numbers. A repeat with no such heading between (a
        page's notes, a running header) stays a repeat."""
        if self.heading_space is None or self.heading_space != self.section:
            first = self.seen["1"] if number == "1" and "1" in self.seen else None
            space = restart_space(self.blocks, first, "a") if first is not None else None
            self.heading_space = space if self._names_space(space) else None
        if self.heading_space is None and (division := self._division_space(number)):
            return f"{division}({number})"
        return number if self.heading_space is None else f"{self.heading_space}({number})"

    def _division_space(self, number: str) -> str | None:
        """``Section 5. Terms of Reference`` over ``1.``, ``2.`` again after Section 2's
        ``1.`` to ``5.``: the numbers that start again under a numbered division live in its
        space (``Section 5(1)``, held-out gold), as an article's paragraphs do; the first run
        keeps its plain numbers. Only a division opened after the first ``1.`` holds a run
        that starts again there, as its first numbered line with no heading between: a
        schedule or a legislative history under an act's last Part is no part of it."""
        if not self.divisions:
            return None
        k = self.divisions[-1]
        if self.division_restart != k:
            first = self.seen.get("1")
            if number != "1" or first is None or first > k:
                return None
            if any(b.kind in ("heading", "clause") for b in self.blocks[k + 1 :]):
                return None
            self.division_restart = k
        return self.blocks[k].number

    def _names_space(self, space: str | None) -> bool:
        """A heading names a restarted list's space when it is the open section, a short
        name (a long one is a sentence or a title: ``Réponse donnée par M. …``), printed
        once (a report's conclusions that repeat its sections' headings over their
        recommendations name none), and no notes' or references' heading."""
        if space is None or space != self.section or words(space) > _SPACE_MAX_WORDS:
            return False
        once = sum(b.kind == "heading" and (b.text or "").strip() == space for b in self.blocks)
        return once <= 1 and not foreign_heading(space)

    def _in_chapter(self, value: str) -> str:
        """A roman heading where the romans start again under each division is cited under
        the open division (``Chapter II(I)``: :func:`._locations.romans_restart`)."""
        if not self.division_romans or not self.divisions or not roman_heading(value):
            return value
        return f"{self.blocks[self.divisions[-1]].number}({value})"

    def marker(self, u: Unit) -> Marker | None:
        """A reproduced paragraph's number is its instrument's, not the text's: none; a
        facts outline's letter is read by :meth:`_capital_item`; a glued page number is
        the label's, before the line's own marker. A named part among a heading's decimals,
        a markup part the numbering runs across (``### Pillar II`` between ``4.`` and ``5.``)
        or a part numbered in words in a strategy (``PART ONE – CONTEXT``), is an unnumbered
        heading. Remembered by the unit once the body's readings are made: the reading asks
        it of a line some ten times."""
        memo = self._read_marks
        if memo is None:
            return self._marker(u)
        got = memo.get(id(u))
        if got is None or got[0] is not u:
            got = memo[id(u)] = (u, self._marker(u))
        return got[1]

    def _marker(self, u: Unit) -> Marker | None:
        if u.start in self.reproduced or u.start in self.facts or u.start in self.interleaved:
            return None
        if u.start in self.stray_codes:
            return None
        if self.paged and u.start in self.paged:
            return self.paged[u.start]
        m = self.running.get(u.start) or self._own_marker(u)
        return worded_division(u, m) if self.worded and m is not None else m

    def _holdings(self, units: Sequence[Unit]) -> bool:
        """Does a holding division (``Section 1``) hold units here (:func:`holds_units`)?
        Whether the text's word sections are divisions is read with it, and which item codes
        count in no meeting's items, before any line's marker is asked for
        (:func:`worded_sections`, :func:`stray_item_codes`)."""
        self.worded = worded_sections(units)
        self.stray_codes = stray_item_codes(units)
        return holds_units(units)

    def remembering(self) -> Callable[[Unit], Marker | None]:
        """:meth:`marker`, each unit's own marker (the reader of acts') now remembered: what
        it reads (rows, led items, bare numbers, stems …) is all set, and it is asked of a
        line some ten times by the passes over the body and the reading after them."""
        self._own_markers = {}
        # and so is each unit's whole answer, until a reading of :meth:`_read_reports`
        # that :meth:`_marker` looks at is made (:meth:`_reread`)
        self._read_marks = {}
        return self.marker

    def _own_marker(self, u: Unit) -> Marker | None:
        """The reader of acts' marker of ``u``, remembered by the unit (kept alive with it,
        so that its id is never another unit's) once :meth:`remembering` is called."""
        memo = self._own_markers
        if memo is None:
            return super().marker(u)
        got = memo.get(id(u))
        if got is None or got[0] is not u:
            got = memo[id(u)] = (u, super().marker(u))
        return got[1]

    def _subheading(self, u: Unit, m: Marker | None, nxt: Unit | None) -> Unit | None:
        if m is None and self.paged.get(u.start, u) is None:
            return self._page_heading(u)  # "3 SIGLES ET ABRÉVIATIONS": the heading
        if m is not None and (heading := self._colliding_heading(u, m)) is not None:
            return heading
        if self._tight_lead_in(u, m, nxt):
            return None
        self._note_lead_in(u, m, nxt)
        if self._peer_lead_in(u, m, nxt):
            self._close()  # "To the European Union:" between 3 and 4 leads in to 4 and 5
            return None
        return super()._subheading(u, m, nxt)

    def _note_lead_in(self, u: Unit, m: Marker | None, nxt: Unit | None) -> None:
        """Keep the section whose list a colon line right under its heading leads in to
        (``Recommendations`` / ``To the Government:`` / ``1.``): its later peers are read
        by :meth:`_peer_lead_in`."""
        if m is not None or not self.blocks or self.blocks[-1].kind != "heading":
            return
        if not u.text.rstrip().endswith(":") or u.line.heading_level or u.line.all_bold(self.text):
            return
        nm = self.marker(nxt) if nxt is not None else None
        opens = nm is not None and nm.kind == "number" and nm.value == "1"
        self.lead_section = self.section if opens else None  # the section's first lead-in

    def _peer_lead_in(self, u: Unit, m: Marker | None, nxt: Unit | None) -> bool:
        """A plain line closed by a colon in a section whose list a line of that kind led
        in to right under its heading (``Recommendations`` / ``To the Government:`` / ``1.``
        … ``To the European Union:`` / ``3.``): the later line is the first's peer, a lead-in
        naming whom the paragraphs below address, not a heading of its own (heldout32 and
        heldout35 gold: the section stays ``Recommendations`` / ``Recommandations``). The
        first must stand right over the list's first paragraph: a decision's ``Vu la
        procédure suivante :`` over prose leads in to no list, and the part headings of its
        reasons (``Sur la légalité externe :`` between 1 and 2) stay headings."""
        if m is not None or u.line.heading_level or u.line.all_bold(self.text):
            return False
        if not u.text.rstrip().endswith(":") or (self.blocks and self.blocks[-1].kind == "heading"):
            return False
        if self.lead_section is None or self.lead_section != self.section:
            return False
        # a peer names whom the next paragraphs address, as the first does: a few words, no
        # verb or comma, over the list's next number; "In particular, the Government should
        # consider the following:" over (a) leads in to its own paragraph's items
        nm = self.marker(nxt) if nxt is not None else None
        name = u.text.rstrip().rstrip(":")
        return (
            nm is not None
            and nm.kind == "number"
            and len(name.split()) <= _PEER_MAX_WORDS
            and "," not in name
            and not says(name)
        )

    def _sentence_heading(
        self, u: Unit, m: Marker, number: str, parent: int | None, raw: str
    ) -> int:
        """A numbered heading whose rest is a sentence: its text, no title, unless a short
        name closed by a colon runs it in (``Pilier 1 – Dialogue et prévention des conflits :
        soutenir …``): guidelines §1, a run-in title ends at a colon, as ``4.1 Training and
        Education: Allies will …`` does."""
        at = u.end - len(raw)
        cut = self._colon_name(raw)
        if cut is None:
            return self._clause(u, m, number, parent, None, body_text(raw), at)
        self.stop_cuts[at + cut] = at  # kept if a sibling has a title too (lone_stop_titles)
        title, body = clean_title(raw[:cut]), body_text(raw[cut:])
        return self._clause(u, m, number, parent, title, body, at + cut)

    @staticmethod
    def _colon_name(raw: str) -> int | None:
        """Where the sentence starts after a name closed by a colon at the start of ``raw``
        (``Bonne gouvernance : renforcer …``, ``Justice, droits de l'homme et État de droit :
        garantir …``): a name of a few words, an enumeration's commas allowed, that says
        nothing (weighed as a clause's colon title is), over a sentence closed by a stop."""
        cm = _COLON_NAME_RE.match(raw)
        if cm is None or not TERMINAL_END.search(raw) or raw.endswith(":"):
            return None
        name = cm.group(1)
        if words(name) > _COLON_TITLE_MAX_WORDS or not _names(name) or _says_inside(name):
            return None
        return cm.end()

    def _tight_lead_in(self, u: Unit, m: Marker | None, nxt: Unit | None) -> bool:
        """``Measures:`` printed right over ``1. A national support line …``, no blank line
        between: a label leading in to the list below it, as a sentence closed by a colon
        does, not a heading of a part (``Faits :`` or ``Considérant en droit :`` stand
        apart, a blank line under them: 22 of 22 such headings in the gold of dev and
        heldout1-31 name the section of the paragraph below, heldout31 gold's ``Measures:``
        none). A lead-in has a blank line above it: in a text printed with no blank lines
        (``Faits :`` right over ``1. …``) the label is a heading. A markup or bold line is a
        heading however it is set."""
        if (m is not None and m.kind != "bullet") or nxt is None or u.line.heading_level:
            return False
        if not u.text.rstrip().endswith(":") or u.line.all_bold(self.text):
            return False
        if "\n" not in (gap := self.text[u.end : nxt.start]) or "\n\n" in gap:
            return False
        above = self.text[max(0, u.start - 80) : u.start]  # a lead-in stands under a blank
        return above[len(above.rstrip()) :].count("\n") > 1  # line: a blank-less text has none

    @staticmethod
    def _page_heading(u: Unit) -> Unit:
        """An unnumbered heading after its page's glued number, without the number (a page
        number is no part of a title, guidelines §5)."""
        cut = len(u.text.split(None, 1)[0])
        cut += len(u.text[cut:]) - len(u.text[cut:].lstrip())
        return Unit(u.start + cut, u.end, u.text[cut:], u.line, page=u.page, bbox=u.bbox)

    def _colliding_heading(self, u: Unit, m: Marker) -> Unit | None:
        """A numbered title whose number the paragraphs take (:func:`colliding_headings`),
        outside a roman or capital outline (whose ``1. Thèses des parties`` is the next
        level, cited under it) and an annex numbered afresh: the section's unnumbered
        heading, returned without its number."""
        if u.start not in self.colliding or self.outline:
            return None
        if self.annex is not None and self.annex_restarted:
            return None
        rest = u.text[m.end :].strip()
        cut = u.start + u.text.index(rest, m.end)
        return Unit(cut, u.end, rest, u.line, page=u.page, bbox=u.bbox)

    def _capital_item(self, u: Unit, nxt: Unit | None) -> bool:
        """``B.a Le 20 juin …``: a paragraph of a facts outline, under its letter (``B``)."""
        if u.start not in self.facts:
            return super()._capital_item(u, nxt)
        number, end = self.facts[u.start]
        rest = u.text[end:]
        body = body_text(rest.strip().lstrip("*").strip())
        m = Marker("heading", u.text[:end], number, end)
        self._close()
        parent = self.seen.get(number.split(".")[0]) if "." in number else self._outer()
        at = u.end - len(rest.lstrip().lstrip("*").lstrip())
        idx = self._clause(u, m, number, parent, None, body, at)
        self.blocks[idx].family = "capital-item"
        self.anchor = idx
        return True

    def _section_name(self, u: Unit, heading: str) -> str | None:
        """The section a heading opens: its words, without the bare number that a run of
        paragraphs numbered so took from it (``## 2 How the Program works`` beside
        paragraph 2: ``How the Program works``, see :func:`._bareruns.heading_collides`).
        A markup heading is remembered with its level, under the larger ones still open."""
        if names_no_section(heading):  # "TOTAL 22 31 48", "Islamabad, 18th November, 2026"
            return None  # what stood above it was the head's or a table's lines, no section
        if caption_line(heading) or u.start in self.table_lines:
            # "Table 1: Threat levels", "Box 3.1 — Case example", a table's line in columns
            return self.section  # it closes the clause above (the box is not its text)
        name = heading
        if self.bare and heading[:1].isdecimal():
            m = find_marker(u.text, heading=True)
            if m is not None and heading_collides(self.bare, u.start, m):
                name = clean_title(u.text[m.end :])
        level = u.line.heading_level
        outer = tuple(h for h in self.headed if level is not None and h[0] < level)
        self.headed = (*outer, (level, name)) if level is not None else ()
        self.headed_at = len(self.blocks)
        return name

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
        """A numbered markup heading (``## 1. Understanding the threat``, ``### Axe 1 :``)
        above the level of the open section's heading, or at its level opening its sequence
        (``1``, ``I``, ``A``) when that heading holds no numbered unit yet (``## Foreword``,
        ``### Vision`` over prose alone): the heading names no section of it; a larger
        heading still open names it, if any (heldout18 gold: the outline that opens at a
        heading's level closes it; ``## D. Follow-up`` closes ``### Repatriation …`` over
        paragraphs 41-42 under ``## C.``, heldout18/19/21/22 gold). A numbered heading that
        goes on with its sequence at the level (``### Recommendation 4`` after ``###
        Physical protection``, 1 to 3 above it) is in the section, as guidelines §1 has it
        (heldout21 gold)."""
        level = u.line.heading_level
        if (
            level is not None
            and self.headed
            and (self.headed[-1][0] > level or (self.headed[-1][0] == level and _opens(number)))
            and self.section == self.headed[-1][1]
            and (
                self.headed[-1][0] > level
                or m.kind == "heading"
                or not any(b.kind == "clause" for b in self.blocks[self.headed_at :])
            )
        ):
            self.headed = tuple(h for h in self.headed if h[0] < level)
            # a level-1 heading is the page's title, no section of it
            self.section = self.headed[-1][1] if self.headed and self.headed[-1][0] > 1 else None
        idx = super()._clause(u, m, number, parent, title, body, body_start, start=start)
        if m.kind == "number" and paragraph_defines_below(body):
            self.in_definition = True  # its (a), (b) are the definition's, not the paragraph's
        return idx

    def _first_inline(self, u: Unit, nxt: Unit | None) -> int:
        """Where the first item written inline in an unnumbered paragraph starts: one the
        next line continues, or the first of a run set apart by commas or led by a colon."""
        nm = self.marker(nxt) if nxt is not None else None
        return first_inline_item(u, nxt, nm) or comma_lead(u.text) or colon_lead(u.text)

    def _under_head(self) -> bool:
        """The open outline level holds items with no numbered paragraph above them: a
        numbered markup sub-heading (``### 2.``), or a capital-letter heading (``B) L'usage
        malveillant des drones`` over ``a) une installation …``: ``B(a)``, as a heading
        numbered afresh under ``A`` is ``A(1)``)."""
        return self._under_markup() or self.blocks[self.outline[-1]].family == "capital"

    def _under_markup(self) -> bool:
        """The open outline level is a numbered markup sub-heading (``### 2.``)."""
        return bool(self.outline) and self.blocks[self.outline[-1]].start in self.markup_subs

    def _parentless_base(self, m: Marker) -> str:
        """An item with no parent clause: cited in the annex that numbers afresh, or in the
        space its list opened again in (``Actions recommandées(a)``), or bare (``(a)``)."""
        if self.annex is not None and self.annex_restarted:
            return self.annex
        here = (self.anchor, self.container)
        base, self.list_space = list_base(self.blocks, self.seen, self.list_space, here, m)
        return base

    def _field(self, u: Unit) -> bool:
        if ":" not in u.text:
            return False  # the field's colon: most lines have none, and are not read further
        plain = u.line.heading_level is None and not u.line.all_bold(self.text)
        return plain and _FIELD_LINE_RE.match(u.text.strip()) is not None

    # -- readings of the body reader, widened
    def _says(self, m: Marker, raw: str) -> bool:
        """A unit read from the label that closes it (``… (Recommendation 1)``) is all text."""
        return (m.end == 0 and m.label.startswith("(")) or super()._says(m, raw)

    def _is_heading(self, u: Unit, nxt: Unit | None = None) -> bool:
        if u.start in self.label_lines or self._field(u) or u.start in self.commented:
            return False  # "(Recommendation 2)", "Target implementation date: 2028", "Article 2"
        if u.line.heading_level is None and names_persons(u.text):
            return False  # "Mme Annelies Van Daele, directrice adjointe": a byline, no heading
        return self._list_part(u, nxt) or self._question(u, nxt) or super()._is_heading(u, nxt)

    def _question(self, u: Unit, nxt: Unit | None) -> bool:
        """``Quels agents suscitent le plus de préoccupation ?`` alone between blank lines
        over the answer's prose: a questions-and-answers page's heading, set in plain type
        as its ``<h2>`` would be (a question mark closes no heading's line otherwise). One
        short question, capitalised, no sentence before it on the line; or, no blank line
        below, right over a numbered paragraph (``What should I do?`` / ``3. Report …``)."""
        t = u.text.strip()
        if nxt is None or u.line.heading_level or not t.endswith("?") or not t[:1].isupper():
            return False
        if words(t) > _QUESTION_MAX_WORDS or re.search(r"[.!?;:]\s", t[:-1]):
            return False
        before, after = self.text[max(0, u.start - 2) : u.start], self.text[u.end : nxt.start]
        nm = self.marker(nxt) if "\n\n" not in after else None
        below = "\n\n" in after or (nm is not None and nm.kind == "number")
        return (u.start == 0 or before == "\n\n") and below

    def _list_part(self, u: Unit, nxt: Unit | None) -> bool:
        """``Sur le fond`` between ``i. Se déclare compétente ;`` and ``ii. Dit que …``: the
        heading of a part of the open clause's list (:mod:`._listparts`)."""
        if nxt is None or self._innermost() is None:
            return False
        return list_part_heading(u, self.text, self.marker(nxt))

    def _heading_line(self, u: Unit, nxt: Unit | None) -> None:
        """A list part's heading names the section of the items below it and leaves the
        clause and its list open (``ii.`` after ``Sur le fond`` is ``13(ii)``)."""
        if not self._list_part(u, nxt):
            super()._heading_line(u, nxt)
            return
        heading = clean_title(u.text)
        level = 3 if u.line.all_bold(self.text) else 2
        block = RawBlock("heading", u.start, u.end, heading, section=self.section, level=level)
        block.page, block.bbox = u.page, u.bbox
        self.blocks.append(block)
        self.section = self._section_name(u, heading)
        self.absorbing = False

    def _marginal_note(self, u: Unit, nxt: Unit | None) -> bool:
        return not self._field(u) and super()._marginal_note(u, nxt)

    def _outline_heading(self, u: Unit, m: Marker, heading: bool) -> bool:
        outline = [k for k in self.outline if self.blocks[k].family != "number"]
        if u.start in self.markup_subs and outline:
            return True  # "### 1. Sur les finalités" under "## II.": the markup nests it
        return super()._outline_heading(u, m, heading)

    def _standalone_heading(self, u: Unit, m: Marker) -> bool:
        return super()._standalone_heading(u, m) or self._decimal_over_paragraph(u, m)

    def _decimal_over_paragraph(self, u: Unit, m: Marker) -> bool:
        """``4.2.2. Identification et enquêtes sur le FT`` over ``315.``: a decimal heading
        alone on its line (no sentence) over a paragraph whose number runs across the
        outline."""
        nxt = self._next
        nm = self.marker(nxt) if nxt is not None else None
        if nm is None or nm.kind != "number" or not nm.value.isdecimal() or "." not in m.value:
            return False
        if self.led_in:
            return False  # items run on from it on its line: a lead-in, not alone
        rest = u.text[m.end :].strip()
        return bool(
            rest
            and rest[0].isupper()
            and not TERMINAL_END.search(rest)
            and words(rest) <= _STANDALONE_MAX_WORDS
            and rest.count(",") < 2
            and not cut_after_comma(rest)
        )
