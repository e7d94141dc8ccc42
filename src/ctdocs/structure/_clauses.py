"""The body of a document: sections, numbered clauses and their number spaces.

Reads the content units after the document's head, in order, and keeps what
is open above the current line: divisions of an act (Part, Title, Chapter),
an article or a numbered section heading (whose paragraphs are cited in its
own number space: ``Article 5(1)``, ``4(2.1)``), roman and capital-letter
section headings (whose paragraphs keep their own numbers: ``119`` under
``VII``), the latest numbered paragraph, and the open item sequences under
it. Which item family nests in which is taken from the order the document
opens them; whether ``(i)`` is a letter or a roman numeral from the open
sequence it continues. Items written inline in one sentence (``in particular:
(i) …; (ii) …``) are split where a consecutive sequence shows them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._vocab import BlockRole
from ..layout import Unit, is_signature
from ..layout._numbering import (
    Marker,
    division_rank,
    drop_range_note,
    find_marker,
    foreign_heading,
    item_citation,
    roman_value,
)
from ._bareruns import annex_restarts, bare_numbers, led_markers, outline_annexes
from ._blocks import (
    HEADING_MAX_WORDS,
    TERMINAL_END,
    RawBlock,
    body_text,
    clean_title,
    is_front,
    more_words,
    note_mark,
    run_in_title,
)
from ._lineshapes import back_link, defines_below, drop_edit_links, lead_in, mirrors_noise
from ._reportreading import _Reports, printed_runs, report_markers
from ._spaces import _fold, dated_label, named_space, numbers_restart

__all__ = ["Body"]
from ._actlines import quoted_term, sentence_rest
from ._clausestate import _CIRCLED_RE, inserted_articles, lettered_stems
from ._contents import echoed_entries, echoed_notes, echoed_outline, with_heads
from ._definitions import opens_definition
from ._headrows import row_sets
from ._itemshapes import closing_item
from ._locations import location_chain, named_parent, restarting_forms, roman_forms
from ._sequences import (
    _OPENING_QUOTES,
    _annex_space,
    _decimal_stems,
    _next_letter,
    _Note,
    _still_quoted,
    bare_letters,
    contents_runs,
    first_item,
    opens_quotation,
    ordinal_word,
    page_notes,
    section_notes,
    statute_heads,
    title_division,
    toc_entries,
)

# A formula in capitals closing on a colon ("LA COUR DÉCIDE :") opens a section of its own
_FORMULA_RE = re.compile(r"^(?=(?:\S+\s+){2})[^a-zà-ÿ:]{8,120}\s?:\s*$")


class Body(_Reports):
    """Builds the body's blocks into ``blocks`` (which already hold the head)."""

    def read(self, units: Sequence[Unit]) -> None:
        self.holding, self.stop_cuts, self.label_cuts = self._holdings(units), {}, {}
        found = contents_runs(units) | echoed_entries(units) | echoed_outline(units)
        self.contents = with_heads(units, found, self.text)  # and each list's heading
        self.toc = toc_entries(units)
        self.rows, self.head_rows = row_sets(units)  # before any line's marker is read
        self.stems = _decimal_stems([u for u in units if u.start not in self.rows])
        self.statute = statute_heads(units)
        self.inserted = inserted_articles(units)
        self.letters = bare_letters(units)
        self.bare = report_markers(units, bare_numbers(units))
        self.led = led_markers(units, bare=printed_runs(self.bare))
        self.roman_forms = roman_forms(units)
        notes = dict.fromkeys(section_notes(units, self.text, self.contents), "")
        self.section_notes = notes | echoed_notes(self.noise, units)  # start: title if listed
        self.title_division, self.locations = title_division(units), location_chain(units)
        self.page_notes = page_notes(units, self.noise)
        items = [u for u in units if u.marker and u.marker.kind == "item"]
        self.second_items = [u.start for u in items if u.marker and u.marker.value == "2"]
        self.annex_starts = annex_restarts(units, self.contents, self.remembering())
        self.fresh_forms = restarting_forms(units, self.marker, self.contents)
        self.annex_outlines = outline_annexes(units, self.annex_starts, self.marker)
        self.restarting = numbers_restart(units, self.marker, self.annex_starts)
        self._read_reports(units, self.marker)
        values = [m.value for u in units if (m := self.marker(u))]
        self.numbers = frozenset(int(v) for v in values if v.isdecimal())
        self.lettered = lettered_stems(values)
        for k, u in enumerate(units):
            self._stop_at_noise(u)
            nxt = units[k + 1] if k + 1 < len(units) else None
            self._unit(u, nxt)
        for k, more in self.absorbed.items():
            self.blocks[k].text = "\n".join([self.blocks[k].text, *more]).strip()

    def _unit(self, u: Unit, nxt: Unit | None) -> None:
        """Read one unit: set aside (a note, a front line), a title awaited, a numbered or
        bulleted unit, a signature, a heading, or text; a run-in title splits it in two."""
        t = u.text
        self._unit_end = u.end
        if u.role == "footnote":
            self._footnote(u)
            return
        m = self.marker(u) or self._article_item(u)
        if self._set_aside(u, m):
            return
        self.body_started = True
        if self.awaiting_title is not None:
            if m is None and u.start not in self.section_notes and self._takes_title(u):
                return
            self.awaiting_title = None
        if m is None and u.start in self.section_notes and not self.quoted:
            self.note = _Note(u, clean_title(self.section_notes[u.start] or u.text))  # "Repeal …"
            return
        if m is None and self._capital_item(u, nxt):
            return
        if m is not None and self._lone_note(u, m, nxt):
            self._footnote(u)  # "(1) Cette commission est composée de : …" on a cover page
            return
        if m is not None and self._letter_note(u, m):
            self._furniture(u, "page-footer")  # "(a) 2025 c. 19." at a page's foot
            return
        if m is not None and (u.start in self.inserted or self._lone_decimal(u, m)):
            m = None  # "Article 66 bis" an amending article inserts; "120.52" above a title
        if m is not None and self._contents_entry(u, m):
            m = None  # "1. Contexte ........ 3": a table of contents entry, not the clause
        if sub := self._subheading(u, m, nxt):
            self._heading(sub)
            return
        m, done = self._quotation(u, m)
        if done:
            return
        if m is None and u.role is None and not u.line.heading_level:
            cut = self._run_in_start(u) or self._first_inline(u, nxt)
            if cut:
                head, rest = self._split(u, cut)
                self._unit(head, rest)
                self._unit(rest, nxt)
                return
        if m is not None and m.kind != "bullet":
            self._next = nxt
            for part, pm in self._inline(u, m):
                self._numbered(part, pm)
            return
        if m is not None:
            self._bullet(u, m)
            return
        if is_signature(t):
            self._paragraph(u, role="signature", parent=None)
            self.absorbing = False
            return
        if self._is_heading(u, nxt) or _FORMULA_RE.match(t) or self._formula(u, nxt):
            self._heading_line(u, nxt)
            return
        self._text(u)

    def _quotation(self, u: Unit, m: Marker | None) -> tuple[Marker | None, bool]:
        """Quotations: the line's marker when it is the document's own (None when the line
        quotes another instrument), and whether the line was read here (a quoted line, a
        note at a page's foot) — the quotation's state is kept up to date."""
        t = u.text
        opens_quote = t.lstrip()[:1] in _OPENING_QUOTES
        if opens_quote and m is not None and m.kind == "number" and not self._continues(m.value):
            m = None  # '"46. The Resistance Front …' after section 7: a quoted entry of a schedule
        if self.quoted and not opens_quote and m is not None and self._quoted_note(u, m):
            self._furniture(u, "page-footer")  # "(1) OJ C 284, …" at a page's foot
            return None, True
        if (
            m is not None
            and m.kind != "bullet"
            and (self.foreign is not None or (self.quoted and not opens_quote))
        ):
            m = None  # a provision of another instrument: its number is not the document's
        was_quoted = self.quoted
        self.quoted = _still_quoted(t, self.quoted and not (opens_quote and not quoted_term(t)))
        if m is None and (was_quoted or opens_quotation(t)) and not u.line.heading_level:
            self._text(u)  # "'Article 11a" and its heading, inserted by an amending article
            return None, True
        return m, False

    def _set_aside(self, u: Unit, m: Marker | None) -> bool:
        """Whether ``u`` is kept out of the clause tree: a note in a run of notes, or a date,
        place-and-date or metadata line below the head (it names no section and joins no
        clause)."""
        t = u.text
        if m is not None and m.kind != "bullet" and back_link(t, m.end):
            self._footnote(u)  # "1. ↑ SGDSN, …": a reference list's note, not a clause
            return True
        if u.start in self.contents:
            self._furniture(u, "toc")  # a contents entry: not the clause, not the text
            return True
        if self.notes:
            bare = (
                m is not None
                and m.kind in ("number", "heading")
                and not m.label.rstrip().endswith((".", ")"))
            )
            if bare or (m is None and note_mark(t) is not None):
                self._paragraph(u, role="footnote", parent=None)
                self.absorbing = False
                return True
            self.notes = False
        if u.start in self.locations or (  # "PART 594—…": the page's place in its code
            m is None
            and not more_words(t, HEADING_MAX_WORDS)
            and (is_front(u) or (self._last_clause is None and dated_label(t)))
        ):
            role: BlockRole = "body" if self.body_started else "front-matter"
            self._paragraph(u, role=role, parent=None)
            self.absorbing = False
            return True
        return False

    def _numbered(self, u: Unit, m: Marker) -> None:
        # "### 3.1 to 3.4", "(2) and (3) […]": each number in turn (a line may join 1000)
        while (cut := self._range_cut(u, m)) is not None:
            _, tail = self._split(u, cut)
            self._numbered_pending(Unit(u.start, u.start + m.end, m.label, u.line, page=u.page), m)
            u, m = tail, tail.marker or m
        self._numbered_pending(u, m)

    def _numbered_pending(self, u: Unit, m: Marker) -> None:
        self._numbered_one(u, m)
        if self.pending is not None:
            rest, inner = self.pending
            self.pending = None
            self._numbered_one(rest, inner)

    def _numbered_one(self, u: Unit, m: Marker) -> None:
        if m.kind in ("division", "article") and ordinal_word(m):
            form = m.value.rsplit(" ", 1)[0]
            if form in self.roman_forms:  # "TITRE PREMIER" among "TITRE II", "TITRE III"
                m = Marker(m.kind, m.label, f"{form} I", m.end, m.family)
        if m.kind == "division" and m.family != "holds-items":
            self._division(u, m)
        elif m.family == "repeats" and m.value.split()[-1] not in self.seen:
            self._text(u)  # "Issue (1): …" where no item (1) was written inline: no clause
        elif m.kind in ("article", "division"):  # "Good Practice 5" holds items as articles
            self._article(u, m)
        elif m.kind == "heading":
            self._numbered_heading(u, m)
        elif m.kind == "number":
            if self._lone_lettered(m.value):
                self._text(u)  # "3A. (1) Any person …" an amending act inserts in another act
            elif self._in_article() and "." not in m.value and not self._resumes(m.value):
                self._item(u, Marker("item", m.label, m.value, m.end, "number"))
            else:
                self._paragraph_number(u, m)
        elif self._signed_paragraph(m):
            self._paragraph_number(u, Marker("number", m.label, m.value, m.end))
        elif m.family == "upper" and not self._opens_or_continues(m):
            self._text(u)  # "(EU) 2017/541 has …" at a wrapped line's start: no item (A)
        elif self._loose_letter(u, m):
            self._text(u)  # "r. 1);" (chapitre E-22, r. 1) at a wrapped line's start: no item
        else:
            self._item(u, m)

    def _division(self, u: Unit, m: Marker) -> None:
        raw = u.text[m.end :].strip()
        inner = find_marker(raw) if raw else None
        if (
            inner is not None and inner.kind == "division" and not raw[inner.end :].strip()
        ) or mirrors_noise(u.text, self.noise):
            # "PART II — Section 1": a gazette's filing line; "Partie 2  GAZETTE …  4513": the
            # running head of a facing page
            self._furniture(u, "page-header")
            return
        if u.start == self.title_division:
            self._heading(u)  # "# Chapter 3. Investigating …": the page's title
            return
        if self._cited_before(self._in_division(m.value)):
            self._repeated(u)
            return
        rank = division_rank(m.value)
        while self.divisions and division_rank(self.blocks[self.divisions[-1]].number) >= rank:
            self.divisions.pop()
        parent = self.divisions[-1] if self.divisions else None
        self._close(outline=True, container=True)
        value = f"{self.annex} {m.value}" if self.annex and self.annex_outline else m.value
        idx = self._heading_clause(u, m, self._in_division(value), parent)
        self.divisions.append(idx)

    def _article(self, u: Unit, m: Marker) -> None:
        if self._cited_before(m.value):
            self._repeated(u)
            return
        parent = named_parent(self.blocks, self.container, self.divisions, m.value)
        self._close(container=True)
        idx = self._heading_clause(u, m, m.value, parent)
        self.container = idx
        if m.family:
            self.blocks[idx].family = m.family

    def _numbered_heading(self, u: Unit, m: Marker) -> None:
        value = m.value
        if not value[0].isdigit() and not (self._in_sequence(value) or self._opens_excerpt(value)):
            self._text(u)  # "J. BORRELL FONTELLES": a name, not section J
            return
        if value.isdecimal() and not u.line.heading_level and not self._near_numbers(int(value)):
            self._furniture(u, "page-header")  # "318   BULLETIN OFFICIEL   N° 7482 – …"
            return
        romans = [k for k in self.outline if self.blocks[k].family == "roman"]
        if (
            len(value) == 1
            and value.isalpha()
            and romans
            and (len(value) == 1 and (value not in "IVXLC" or self._continues_capital(value)))
        ):
            # under its roman while read (unique); cited A or II.A after (_capitals, §1a)
            value = f"{self.blocks[romans[-1]].number}({value})"
            m = Marker(m.kind, m.label, value, m.end, m.family)
        if value.isdecimal() and self.annex_outline:
            value = self._in_annex(value)  # "### 1 INTRODUCTION" in an annex's own outline
        else:
            value = self._in_chapter(self._annex_heading(value))
        if self._cited_before(value):
            self._repeated(u)
            return
        if m.value[0].isdecimal():
            if "." in value or (self.note is not None and not u.line.heading_level):
                # "2.3 Coopération …" set as a heading; "3   After … insert—" under its note
                self._paragraph_number(u, m, heading="." in value)
                return
            parent = self._outer()
            self._close(container=True)
            self.container = self._heading_clause(u, m, value, parent)
            return
        last = value.rstrip(")").rsplit("(", 1)[-1]
        letter = len(last) == 1 and (
            last not in "IVXLC" or self._continues_capital(last) or (last in "LC" and not romans)
        )  # "C." opening an excerpt is section C, not roman 100
        if letter:
            self._close(container=True)
            self.outline = [
                k for k in self.outline if self.blocks[k].family not in ("capital", "number")
            ]
        else:
            self._close(container=True, outline=True)
        parent = self._outer()
        idx = self._heading_clause(u, m, value, parent)
        self._opens_outline(idx, letter)
        self.blocks[idx].family = "capital" if letter else "roman"
        (self._capitals if letter else self._romans).append(value)
        self.outline.append(idx)

    def _in_sequence(self, value: str) -> bool:
        """A roman or capital section heading opens its sequence (I, A) or continues it; a
        first roman may start anywhere (an excerpt from section VII on)."""
        romans, capitals = self._romans, self._capitals
        if value in ("A", "I") or (
            capitals and _next_letter(capitals[-1].rstrip(")")[-1]) == value.lower()
        ):
            return True
        rv = roman_value(value)
        if rv is None or (len(value) == 1 and value not in "IVX"):
            return False
        last = romans[-1].rstrip(")").rsplit("(", 1)[-1] if romans else ""  # Appendix(I)
        return not romans or roman_value(last) == rv - 1

    def _continues_capital(self, value: str) -> bool:
        caps = [k for k in self.outline if self.blocks[k].family == "capital"]
        last = self.blocks[caps[-1]].number.rstrip(")")[-1] if caps else ""
        return bool(caps) and _next_letter(last) == value.rstrip(")")[-1].lower()

    def _paragraph_number(self, u: Unit, m: Marker, heading: bool = False) -> None:
        if self._outline_heading(u, m, heading):
            self._outline_number(u, m)
            return
        if (self.restarting and self.outline and m.value.isdecimal()) or self._restarts_under(
            m, u.line.indent
        ):
            self._item(u, Marker("item", m.label, m.value, m.end, "number"))
            return
        number = self._in_annex(m.value)
        if self._cited_before(number):
            self._repeated(u)
            return
        parent: int | None = None
        parts = m.value.split(".")
        for k in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:k])
            # the number as cited, its value's last print replaced: "Annex(1.1)" -> "Annex(1)"
            lead, _, trail = number.rpartition(m.value)
            prefix = f"{lead}{prefix}{trail}"
            if prefix in self.seen:
                parent = self.seen[prefix]
                break
        if parent is None:
            parent = self._outer()
        self._close()
        heading = heading or u.line.heading_level is not None or u.line.all_bold(self.text)
        rest = u.text[m.end :]
        inner = find_marker(rest.lstrip())
        if inner is not None and inner.family == "number" and inner.value == "1":
            # "1. (1) This Act may be called …": the section opens with its first subsection
            cut = u.end - len(rest.lstrip())
            head = Unit(u.start, cut, u.text[: cut - u.start], u.line, page=u.page, bbox=u.bbox)
            note, start = self._take_note()
            self.anchor = self._clause(head, m, number, parent, note, "", cut, start=start)
            tail = Unit(cut, u.end, rest.lstrip(), u.line, page=u.page, bbox=u.bbox)
            self.pending = (tail, inner)
            return
        note, start = self._take_note()
        if heading:
            title: str | None = clean_title(rest) or None
            body, body_start = "", u.end
        elif note is not None:  # the marginal note is the section's title: no run-in one
            title, body_start = note, u.end - len(rest.lstrip())
            body = body_text(self.text[body_start : u.end])
        elif self._standalone_heading(u, m):
            title, body, body_start = clean_title(rest) or None, "", u.end
        else:
            title, body_start = run_in_title(u, m, self.text)
            if title is None:
                title, body_start = self._colon_title(u, body_start)
            body = body_text(self.text[body_start : u.end])
            if title is not None and (first := first_item(body)) is not None:
                # "Sec. 3. Coordination. (a) Within …": the section opens with its first item
                rest_text = self.text[body_start : u.end]
                self.pending = (Unit(body_start, u.end, rest_text, u.line, page=u.page), first)
                body, u = "", Unit(u.start, body_start, self.text[u.start : body_start], u.line)
        idx = self._clause(u, m, number, parent, title, body, body_start, start=start)
        self.indent[idx] = u.line.indent
        self.anchor = idx

    def _heading_clause(self, u: Unit, m: Marker, number: str, parent: int | None) -> int:
        """A numbered heading (article, chapter, roman section, statute section): the rest of
        its line is its title; with none, a heading line right after may give it."""
        raw = u.text[m.end :].strip().lstrip("–—-:.").strip()
        inner = find_marker(raw) if raw else None
        if inner is not None and inner.kind in ("item", "letter", "roman", "number"):
            # "Art. 3. § 1er. Chaque exploitant …": the article opens with its first paragraph
            cut = u.end - len(raw)
            head = Unit(u.start, cut, u.text[: cut - u.start], u.line, page=u.page, bbox=u.bbox)
            idx = self._clause(head, m, number, parent, None, "", cut)
            self.pending = (Unit(cut, u.end, raw, u.line, page=u.page, bbox=u.bbox), inner)
            return idx
        if (
            (
                raw
                and (TERMINAL_END.search(raw) or sentence_rest(m, raw))
                and not raw.endswith("…")
                and (more_words(raw, 12) or self._colon_name(raw) is not None)
                and (m.kind != "division" or not self._sentence_title(raw))
            )
            or self._says(m, raw)
            or self._lone_sentence(m, raw)
            or self._runs_on(raw)
        ):
            # "Mesure 1 – Développer l'esprit critique des élèves … ." : its text, no title
            return self._sentence_heading(u, m, number, parent, raw)
        rest = clean_title(raw)
        title = drop_range_note(rest) if m.kind == "division" else rest
        # the range of articles left out of the title stays the division's text (kept, not lost)
        note = rest[len(title) :].strip()
        at = u.start + u.text.rfind(note) if note else u.end
        idx = self._clause(u, m, number, parent, title or None, note, at)
        if not rest:
            self.awaiting_title = idx
        return idx

    def _item(self, u: Unit, m: Marker, *, outline: bool = False) -> None:
        fam = self._family(m, u.line.indent)
        open_fams = [self.blocks[k].family for k in self.items]
        if (m.family != "number" and self._in_title_list()) or (
            self.in_definition and fam not in open_fams
        ):
            self._list_item(u, m)  # recitals (1), (2) are clauses; a definition's items
            return
        self.in_definition = False
        del self.items[closing_item(self.blocks, self.items, fam, m) :]
        parent = (
            self.items[-1]
            if self.items
            else (self.anchor if self.anchor is not None else self.container)
        )
        if parent is None and self.outline and (self.restarting or outline or self._under_head()):
            parent = self.outline[-1]
        base = self.blocks[parent].number if parent is not None else self._parentless_base(m)
        if self._cited_before(number := item_citation(base, m)):
            self._repeated(u)
            return
        title = None
        start = u.start
        if self.note is not None:
            title, start = self.note.title, self.note.unit.start
            self.note = None
        body_start = u.start + m.end
        if title is None:  # "(a) Prohibited Activities.— …", "a. Intelligence. The …"
            title, body_start = run_in_title(u, m, self.text)
            if title is not None and not re.search(
                r"[.:—–]\W*$", self.text[u.start + m.end : body_start]
            ):
                # "(a) **authorized foreign banks**, as defined …": a defined term, not a title
                title, body_start = None, u.start + m.end
            if title is None:
                title, body_start = self._colon_title(u, body_start)
            if title is None and (
                self._standalone_heading(u, m) or (outline and u.line.heading_level is not None)
            ):
                title, body_start = clean_title(u.text[m.end :]) or None, u.end
        idx = self._clause(
            u,
            m,
            number,
            parent,
            title,
            body_text(self.text[body_start : u.end]),
            body_start,
            start=start,
        )
        self.blocks[idx].family = fam
        self.blocks[idx].item_value = m.value
        self.indent[idx] = u.line.indent
        self.items.append(idx)
        self.in_definition = defines_below(self.blocks[idx].text)  # '"officer" means —'

    def _heading(self, u: Unit) -> None:
        if self._opens_space(u):
            return
        if self._merges_heading(u):
            prev = self.blocks[-1]
            prev.text = clean_title(f"{prev.text} {u.text}")
            prev.end = u.end
            # the title broken over two lines names no section (see _repeats_title)
            self.section = None if self._is_doc_title(prev.text) else prev.text
            return
        heading = clean_title(u.text).rstrip(",").rstrip()  # "PAR CES MOTIFS, LA COUR,"
        heading = drop_edit_links(heading)  # "Historique[modifier | modifier le code]"
        if self._repeats_title(u, heading) or self._cites_authority(u, heading):
            return
        if self.section is not None and _fold(heading) == _fold(self.section):
            # "Schedule  The Criminal Code" atop the next page: a running head repeating the
            # open section's heading (a text never reopens the section it is in)
            self._paragraph(u, role="body", parent=None)
            self.absorbing = False
            return
        level = u.line.heading_level or (3 if u.line.all_bold(self.text) else 2)
        if self.foreign is not None and level <= self.foreign:
            self.foreign = None
        if foreign_heading(heading):
            self.foreign = level
        self.blocks.append(
            RawBlock(
                "heading",
                u.start,
                u.end,
                heading,
                section=self.section,
                level=level,
                page=u.page,
                bbox=u.bbox,
            )
        )
        self.section = self._section_name(u, heading)
        self.heading_indent = u.line.indent
        self._close(container=not self._code_section_waits())
        self.in_definition = False
        annex = self._orders_space(u, heading) or _annex_space(heading)
        if annex is not None:
            self.annex, self.annex_restarted = annex, u.start in self.annex_starts
            self.annex_outline = u.start in self.annex_outlines
            if self.annex_restarted and named_space(annex):
                self._close(container=True, outline=True)  # the operative part: 1. again

    def _text(self, u: Unit) -> None:
        """A paragraph: part of the clause it follows, or free."""
        if lead_in(u.text):
            self._close()  # "INVITE les pays membres à :" opens a list of its own
        self.in_definition = opens_definition(u, self.text)
        if self.note is not None:  # a marginal note that titled nothing is a paragraph
            self._paragraph(self.note.unit, role="body", parent=self._innermost())
            self.note = None
        if self.current is not None and self.absorbing:
            self.blocks[self.current].end = u.end
            # "①	Après l'article …": a web copy's alinéa counter is not the clause's text
            self.absorbed.setdefault(self.current, []).append(
                body_text(_CIRCLED_RE.sub("", u.text))
            )
            return
        self._paragraph(u, role="body", parent=self._innermost())
