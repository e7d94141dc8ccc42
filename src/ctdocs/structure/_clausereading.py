"""How the body reader reads a line in its context: headings and the titles they give
(run-in, standalone, marginal notes, a heading broken over two lines), and items
written inline in one line (split where a consecutive sequence shows them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..layout import Unit
from ..layout._numbering import Marker, find_marker, load_numbering
from ..layout._saying import says

# the words that carry a line of prose on (for the normaliser) carry a heading on too
from ..normalise._joins import continuation_words as _connectors
from ._blocks import TERMINAL_END, body_text, clean_title, ends_on_figure, heading_like, words
from ._commaitems import comma_items
from ._inlinelead import inline_candidates, may_run_in, word_led_run
from ._itemheads import asked_heading, heads_items, leads_in
from ._lineshapes import capital_heading, capitals_run_on, cut_line, history_note, markup_row
from ._marginalnotes import _Notes
from ._sequences import (
    _CAPITAL_ITEM_RE,
    _COLON_TITLE_MAX_WORDS,
    _COLON_TITLE_RE,
    _DASH_TITLE_RE,
    _RUN_IN_MIN_WORDS,
    _RUN_IN_RE,
    _SHORT_COLON_TITLE_MAX_WORDS,
    _SHORT_COLON_TITLE_RE,
    _first,
    _names,
    _next_letter,
    _reads_as_title,
    _says_inside,
    _successor,
    colon_list_start,
)
from ._stoptitles import run_in_stop_title

__all__: list[str] = []

# a lead-in over a list: at least this many words ("Le Centre comprend :", not "Définitions :")
_LEAD_IN_MIN_WORDS = 3
_LETTERS_CUT = 3  # section letters an excerpt may leave out and go on (A., then C. or D.)
# a wrapped sentence's next line: a bracketed acronym, then the sentence in lower case
_RUNS_ON_RE = re.compile(r"^\s*\([^()]{1,40}\)\s+[a-zà-ÿ]")
# a bracket the sentence goes on after ("(Cth) (the ASIO Act) requires", "(2022), l'UCREF");
# not a bracket alone on its line, a heading's subtitle or reference ("(Regulation 5(1))")
_BRACKET_ON_RE = re.compile(r"(?:\((?:[^()]|\([^()]*\))*\)[\s,;]*)+[^\s()]")
_SUBHEADING_LEAD_RE = re.compile(r"^[-–—•.]\s+")
_SUBHEADING_MAX_WORDS = 25
# A lead-in that a statute closes with a dash glued to its last word ("is to—", ",—")
_LEAD_IN_DASH_RE = re.compile(r"\w,?(?:[—–]|--)$")
# a contents entry whose leader the line length cut to two dots ("PERTES .. 9")
_SHORT_LEADER_RE = re.compile(r"\S\s?\.{2,}\s*\d{1,4}\s*$")
_NOTE_WINDOW = 20_000  # characters before a note where its call may stand
_NOTE_CALL_RE = re.compile(r"[^\W\d]\s?\(1\)(?=[\s,.;:])")  # "générale (1) sur", "terrorisme(1),"


class _Reading(_Notes):
    """Readings of one line in its context: is it a heading, a title, a run of inline items?"""

    led_in = False  # the part of a line being read is cut short by items written inline
    head_rows: frozenset[int] = frozenset()  # a table's rows under a numbered heading (read)

    def _lone_note(self, u: Unit, m: Marker, nxt: Unit | None) -> bool:
        """``(1)`` opening a line, no ``(2)`` after it, whose mark was called after a word
        earlier ("… d'administration générale (1) sur …", "… le terrorisme(1),"): the note
        of that call, not an item (§1: footnote marks are not clause numbers). Under an
        open clause, only where no item (2) follows anywhere in the text."""
        if m.kind != "item" or not m.label.strip().startswith("("):
            return False
        if m.value != "1":
            return self._later_note(u, m)
        opened = self.anchor is not None or self.container is not None or bool(self.items)
        if opened and any(start > u.start for start in self.second_items):
            return False
        nm = self.marker(nxt) if nxt is not None else None
        if nm is not None and nm.kind == "item" and nm.value == "2":
            return False
        return _NOTE_CALL_RE.search(self.text, 0, u.start) is not None

    def _quoted_note(self, u: Unit, m: Marker) -> bool:
        """Inside a quoted provision, a run ``(1) OJ C 284, …``, ``(2) …`` that ends at a page
        break, its first mark called after a word before it (``… Committee (1),``): a page's
        notes, which the quotation (its items cited by no one) cannot claim."""
        if u.start not in self.page_notes:
            return False
        if m.value != "1":
            return True  # the run was read whole: (2), (3) … follow its (1)
        return _NOTE_CALL_RE.search(self.text, max(0, u.start - _NOTE_WINDOW), u.start) is not None

    def _later_note(self, u: Unit, m: Marker) -> bool:
        """``(2) Source : …`` whose mark was called glued to a word before ("… au Sahel(2).")
        and that continues no open item (1): a page's second note, not an item."""
        if not m.value.isdecimal() or u.text.rstrip().endswith(":"):
            return False
        before = str(int(m.value) - 1)
        if any(self.blocks[k].item_value == before for k in self.items):
            return False
        call = re.compile(rf"[^\W\d]\({m.value}\)(?=[\s,.;:])")
        # the call stands on the note's page: a window before the note, not the whole text
        return call.search(self.text, max(0, u.start - _NOTE_WINDOW), u.start) is not None

    def _capital_item(self, u: Unit, nxt: Unit | None) -> bool:
        """``A. considérant que …;`` then ``B. considérant …``: lettered recitals, cited A, B
        (a capital letter before a sentence is a recital only in an A, B, C … sequence)."""
        cm = _CAPITAL_ITEM_RE.match(u.text)
        if cm is None:
            return False
        value = cm.group(1)
        prev = self.blocks[self.anchor] if self.anchor is not None else None
        follows = (
            prev is not None
            and prev.family == "capital-item"
            and (_next_letter(prev.number) == value.lower())
        )
        opens = value == "A" and nxt is not None and nxt.text.startswith("B.")
        if not (follows or opens) or self._cited_before(value):
            return False
        m = Marker("heading", cm.group(0), value, cm.end())
        self._close()
        idx = self._clause(
            u, m, value, self._outer(), None, body_text(u.text[cm.end() :]), u.start + cm.end()
        )
        self.blocks[idx].family = "capital-item"
        self.anchor = idx
        return True

    def _lone_decimal(self, u: Unit, m: Marker) -> bool:
        """A decimal number alone on its line whose stem no other number shares (no 120,
        no 120.1 beside 120.52): a classification or document number, not a clause."""
        if m.kind != "number" or "." not in m.value or u.text[m.end :].strip():
            return False
        if u.line.heading_level is not None:
            return False  # "### 10.1" over "[Repealed …]": set as a heading on purpose
        stem = m.value.split(".", 1)[0]
        return self.stems.get(stem, 0) <= 1 and not any(
            (b.number == stem) for b in self.blocks if b.kind == "clause"
        )

    def _standalone_heading(self, u: Unit, m: Marker) -> bool:
        """``1.1. Des menaces …`` alone on its line above running text: a numbered heading
        whose text is its title (no closing punctuation, capitalised, not too long)."""
        rest = u.text[m.end :].strip()
        nxt = self._next
        if capital_heading(rest) or asked_heading(m, rest, u, nxt, self.text):
            return True  # "SEC. 2. FINDINGS.", "1. Who sets the level?" over its answer
        if not rest or TERMINAL_END.search(rest) or words(rest) > 30 or rest[0] in "[(":
            return False
        if rest.count(",") >= 2 and words(rest) > 10 and not rest.isupper():
            return False  # "3. En second lieu, la mesure de gel, qui …"; capitals list subjects
        if cut_line(rest):
            return False  # "(1) Between January 2022 and May, the Federal" cut at a line end
        if _LEAD_IN_DASH_RE.search(rest):
            return False  # "(1) In this Act, unless the context otherwise requires,—": a lead-in
        first = next((ch for ch in rest if ch.isalnum()), "")
        if not first or not (first.isupper() or first.isdecimal()):
            return False
        if re.search(r"[–—]\s*$", m.label):
            return True  # "3. — Les mesures individuelles …": a dash sets a heading apart
        if nxt is None or self.led_in:
            return False  # "1.2 The Committee was asked to examine (a) …": a lead-in, not alone
        nm = self.marker(nxt)
        part = m.value.removesuffix(".0") + "."  # "2.0 PREFACE": a .0 only heads 2.1, 2.2 …
        if nm is not None and nm.kind == "number" and nm.value.startswith(part):
            return True  # "1. Une menace …" above "1.1 Le recul …": the heading of its part
        if nm is not None and nm.kind == "number" and nm.value == "1" and "1" in self.seen:
            return True  # "3. Recommendations" above a list that starts again at 1.
        if nm is not None and nm.kind == "item" and nm.family == "number" and nm.value == "1":
            return True  # "100.1  Definitions" above "(1) In this Part:": a section's heading
        if nm is not None and nm.kind == "division" and m.kind == "number":
            return True  # "2. Les axes du plan" above "Axe 1 – …": the heading of its part
        if nm is not None and nm.kind != "bullet":
            return heads_items(m, rest, nm, u, self.text, nxt.text[nm.end :])  # "2) …" over "a)"
        # the next line opens a sentence (not "membres du …", the rest of a cut paragraph)
        lead = next((ch for ch in nxt.text if ch.isalnum()), "")
        if nm is None and nxt.text.lstrip()[:1] in "([":
            return False  # "… Assessment Rating" over "(SEAR) 1 or …": the sentence goes on
        return nm is not None or lead.isupper()

    def _says(self, m: Marker, raw: str) -> bool:
        """``Article 3. – Sont conformes à la Constitution :``, ``Article 4. – Cette décision
        sera publiée …``: a sentence closing an article's line is its text, not its title
        (a title names: ``Article 3 – Définitions``); so is a lead-in of three words or more
        over a list (``ARTICLE 3.- Le Centre comprend :`` above its dashes). A closing mark
        after the full stop (``… en anglais./-``) is no part of the sentence."""
        t = raw.rstrip(" /-–")
        if m.kind != "article" or not t.endswith((".", ":")):
            return False
        if t.endswith(":") and words(t) >= _LEAD_IN_MIN_WORDS and self._next is not None:
            nm = self.marker(self._next)
            if nm is not None and nm.kind in ("bullet", "item", "letter", "roman"):
                return True
        return not _names(t.rstrip(" .:"))

    def _runs_on(self, raw: str) -> bool:
        """``Recommandation n° 2 : La CNCDH recommande de ne pas prolonger`` over ``>
        l'expérimentation …``: a sentence the next line goes on with in lower case is the
        unit's text, not its title; so is one the next line goes on with in brackets
        (``7 Section 38 of the … Act 1979`` over ``(Cth) (the ASIO Act) requires …``), or
        that ends on a word no line of prose ends on (``… the interpretation of``)."""
        nxt = self._next
        if nxt is None or not raw or raw[:1].islower() or self.marker(nxt) is not None:
            return False
        lead = nxt.text.lstrip("> *_")
        last = raw.rsplit(None, 1)[-1].lower()
        goes_on = lead[:1].islower() or _BRACKET_ON_RE.match(lead) or last in _connectors()
        return bool(goes_on) and not TERMINAL_END.search(raw)

    def _lone_sentence(self, m: Marker, raw: str) -> bool:
        """``Proposition n° 3 : Permettre la fermeture des locaux annexes.`` with nothing
        below it: a named unit whose one sentence is all it says has it as its text."""
        if m.family == "holds-items" and raw.rstrip().endswith(":"):
            # "Mesure 3 – Associer les plateformes … :" over its bullets: a lead-in, its text
            nm = self.marker(self._next) if self._next is not None else None
            return nm is not None and nm.kind in ("bullet", "item", "letter", "roman")
        return (
            m.family == "holds-items"
            and raw.rstrip().endswith((".", ";"))  # "… d'arrêté ;": a list's item, no title
            and not (self._sentence_title(raw))
        )

    def _sentence_title(self, raw: str) -> bool:
        """``Good Practice 1: Establish a clear legal basis for … data.`` above its text: a
        named unit's long title of one sentence, ending its line, with an unnumbered
        paragraph below (an article's sentence, ``Art. 7. La présente loi …``, is text)."""
        nxt = self._next
        if nxt is None or self.marker(nxt) is not None or nxt.role is not None or says(raw):
            return False  # a sentence's words ("… should be activated"): a sentence, its text
        if heading_like(nxt, self.text, 10):
            return False  # a heading below (markup or a short plain line): the sentence is its text
        inner = raw.rstrip(" .")
        k = self._nk  # the first noise unit after the line being read (reading order)
        if k < len(self.noise) and self._unit_end <= self.noise[k].start < nxt.start:
            return False  # "* * *" between: the text below starts a new part, it is not this one's
        return not re.search(r"[.;:!?]\s", inner) and words(raw) <= 25 and (nxt.text[:1].isupper())

    def _colon_title(self, u: Unit, after: int) -> tuple[str | None, int]:
        cm = _COLON_TITLE_RE.match(self.text, after, u.end)
        if cm and words(cm.group(1)) <= _COLON_TITLE_MAX_WORDS:
            self.stop_cuts[cm.end()] = after  # a lone one leads in (lone_stop_titles)
            return clean_title(cm.group(1)), cm.end()
        lm = _SHORT_COLON_TITLE_RE.match(self.text, after, u.end)
        if lm and (
            words(lm.group(1)) <= _SHORT_COLON_TITLE_MAX_WORDS
            or (
                words(lm.group(1)) <= _COLON_TITLE_MAX_WORDS
                and _names(lm.group(1))
                and not _says_inside(lm.group(1))
            )
        ):
            self.label_cuts[lm.end()] = after  # "Case study: the …": lone_stop_titles
            return clean_title(lm.group(1)), lm.end()
        dm = _DASH_TITLE_RE.fullmatch(self.text, after, u.end)
        if (
            dm
            and words(dm.group(1)) <= _COLON_TITLE_MAX_WORDS
            and not _LEAD_IN_DASH_RE.search(self.text[dm.start() : u.end].rstrip())
            and _names(dm.group(1))  # not "(1) A high-risk NPO shall –", a lead-in
        ):
            return clean_title(dm.group(1)), u.end  # "(a) Prohibited Activities.—" above its items
        # "(g) Definitions.—As used …", "3. Training. …", "1.2 Mandate. The … examined (a) …"
        st = run_in_stop_title(self.text, after, u.end, self.led_in)
        if st is not None:
            self.stop_cuts[st[1]] = after  # kept if a sibling has a title too (lone_stop_titles)
            return st
        return self._bullet_heading(u, after)

    def _bullet_heading(self, u: Unit, after: int) -> tuple[str | None, int]:
        """``2.2. Specific objectives:`` over dash bullets and nothing else on its line: a
        name closed by a colon heads its bullets (its title; the clause has no text of its
        own). A sentence (``2. The support shall consist of:``) stays the text."""
        rest = self.text[after : u.end].strip()
        nxt = self._next
        nm = self.marker(nxt) if nxt is not None else None
        if not rest.endswith(":") or nxt is None or nm is None or nm.kind != "bullet":
            return None, after
        name, item = rest[:-1].strip(), nxt.text[nm.end :]  # "* endorsed …" under "The Council:"
        if not name[:1].isupper() or words(name) > 4 or not _names(name) or leads_in(rest, item):
            return None, after
        return clean_title(name), u.end

    def _takes_title(self, u: Unit) -> bool:
        """The line after ``Article 3`` is its heading when it reads as one; a heading in
        capitals broken over two lines (``CHAPTER 3`` / ``SURVEILLANCE … SHARING`` / ``AT
        BORDERS``) gives its second line too, which would else name a section."""
        k = self.awaiting_title
        assert k is not None
        b = self.blocks[k]
        t = u.text.strip()
        if b.title is not None:  # the line above gave the title: this one may finish it
            if b.text or not self._title_goes_on(b.title, t, self.text[b.end : u.start]):
                return False
            t = f"{b.title} {t}"
        elif not _reads_as_title(u, self.text, k in self.divisions):
            return False
        b.title = clean_title(t)
        b.end = u.end
        b.body_start = u.end
        # a title in capitals may go on in the next line
        self.awaiting_title = k if t.isupper() and b.title == clean_title(u.text) else None
        return True

    @staticmethod
    def _title_goes_on(title: str, t: str, between: str) -> bool:
        """``SURVEILLANCE … SHARING`` / ``AT BORDERS``: the capitals line below a title
        finishes it where the line opens on a preposition or a coordinator
        (``numbering.toml`` ``title_run_on_openers``) or the title ends on a word no line of
        prose ends on; a capitals sub-heading (``DEFINITIONS``, ``THE NATIONAL SECURITY
        COUNCIL``) or the body's first sentence in capitals (``EACH STATE PARTY SHALL …``)
        is not the title's."""
        if TERMINAL_END.search(t) or says(t) or not capitals_run_on(title, t, between):
            return False
        first = re.split(r"[\s'’]+", t.casefold(), maxsplit=1)[0]
        last = title.rsplit(None, 1)[-1].lower()
        return first in load_numbering().title_run_on_openers or last in _connectors()

    def _heads_headings(self) -> bool:
        """The open clause is a Part, Chapter or roman/capital heading with no body yet:
        a heading-like line after it is a heading under it (a cross-heading), not its text."""
        k = self.current
        if k is None or self.absorbed.get(k) or self.blocks[k].text:
            return False
        b = self.blocks[k]
        return b.family in ("roman", "capital") or k in self.divisions

    def _merges_heading(self, u: Unit) -> bool:
        """The second line of a heading broken over two ("MODALITIES OF OSCE SUPPORT" /
        "FOR ADVANCE PASSENGER INFORMATION"): joined to the heading it continues."""
        if not self.blocks or self.blocks[-1].kind != "heading" or u.line.heading_level:
            return False  # a Markdown heading is one line by definition
        prev = self.blocks[-1]
        if TERMINAL_END.search(prev.text) or prev.level != (
            u.line.heading_level or (3 if u.line.all_bold(self.text) else 2)
        ):
            return False
        between = self.text[prev.end : u.start]
        if between.count("\n") > 2 or between.strip():
            return False
        first = u.text.lstrip()[:1]
        connector = u.text.split(None, 1)[0].lower() in _connectors() or (
            prev.text.rsplit(None, 1)[-1].lower() in _connectors()
        )
        # a centred heading's second line is indented as its first: "Capacity-building
        # projects implemented by the United Nations" / "Counter-Terrorism Centre, 2017"
        if between.count("\n") > 1 and 0 < u.line.indent == self.heading_indent:
            return False  # set in alike, a blank line between: a sub-heading of its own
        centred = (
            u.line.indent > 0
            and u.line.indent == self.heading_indent
            and prev.text[-1:].isalpha()
            and not first.isdecimal()
        )
        # "INTERPRETIVE NOTE TO RECOMMENDATION 5" / "(TERRORIST FINANCING OFFENCE)": a
        # parenthetical line in the heading's capitals is its subtitle ("(Sections 2 and 24)"
        # under a schedule's heading is a reference)
        aside = (
            first == "("
            and u.text.rstrip().endswith(")")
            and u.words() <= 12
            and u.text.isupper()
            and prev.text.isupper()
        )
        if between.count("\n") > 1:
            # a blank line ends a heading: a wrapped heading keeps none between its halves
            # ("The Amendment" / "In consideration of …" is a heading and its paragraph); a
            # line opening in lower case or a subtitle in parentheses still goes on
            return first.islower() or aside
        capitals = capitals_run_on(prev.text, u.text, between)  # "JOINT STATEMENT ON …"
        return first.islower() or connector or centred or aside or capitals

    def _is_heading(self, u: Unit, nxt: Unit | None = None) -> bool:
        if u.text.lstrip().startswith("["):  # an editorial note: "[Repealed, 2001, c. 41]"
            return False
        if history_note(u.text):  # "(Added 21 of 2026 s. 5)" under a section
            return False
        if u.start in self.head_rows or markup_row(u.text):
            return False  # a table's row, "| Insider / cargo | Suspected |", "3. [Annex](#annex)"
        if u.text.startswith(">") and self._in_article():
            return False  # "> Art. 21, al. 4 (nouveau)": a provision the article quotes
        plain = u.line.heading_level is None and not u.line.all_bold(self.text)
        if plain and nxt is not None and _RUNS_ON_RE.match(nxt.text):
            return False  # "… la Cellule nationale" over "(CENTIF) une mission …": it goes on
        if plain and nxt is not None and self._innermost() is not None:
            # "No person shall" above "(a) …": the lead-in of the open clause's items
            m = self.marker(nxt)
            if m is not None and (
                m.kind in ("letter", "roman") or (m.kind == "item" and m.family != "number")
            ):
                return False  # (a subsection "(2)" is titled by a marginal note instead)
        long_in_clause = (
            self.absorbing
            and u.line.heading_level is None
            and not u.line.all_bold(self.text)
            and u.words() > 6  # (counted once per unit)
            and not self._heads_headings()
            and not self._between_paragraphs(u, nxt)
        )
        return heading_like(u, self.text) and not long_in_clause

    def _between_paragraphs(self, u: Unit, nxt: Unit | None) -> bool:
        """A line that stands between a paragraph closed by its full stop and the next
        paragraph of the sequence (``6`` … ``group.`` / ``The dispute in the main proceedings
        and the question referred …`` / ``7``): a heading however long, not the text of 6."""
        k = self.current
        if k is None or nxt is None or self.anchor is None or self.items:
            return False
        prev, m = self.blocks[self.anchor].number, self.marker(nxt)
        if m is None or m.kind != "number" or not (prev.isdecimal() and m.value.isdecimal()):
            return False
        last = self.absorbed.get(k, [self.blocks[k].text])[-1].rstrip()
        return int(m.value) == int(prev) + 1 and last.endswith(".")

    def _run_in_start(self, u: Unit) -> int:
        """Where a numbered sequence starts inside an unnumbered line: a bracketed item
        (``[a.]``), or a ``1.`` that a ``2.`` after a full stop follows in the same line;
        each part five words or more. 0 when there is none."""
        found = list(_RUN_IN_RE.finditer(u.text)) if may_run_in(u.text) else []
        for k, c in enumerate(found):
            label = c.group(1).strip()
            if label.startswith("["):
                return c.start(1) if label[1] == "a" else 0
            if label != "1.":
                continue
            two = next((d for d in found[k + 1 :] if d.group(1).strip() == "2."), None)
            if two is None or not u.text[: two.start(1)].rstrip().endswith((".", ";", ":")):
                continue
            if min(words(u.text[: c.start(1)]), words(u.text[c.end(1) : two.start(1)])) >= (
                _RUN_IN_MIN_WORDS
            ):
                return c.start(1)
        return colon_list_start(u.text)

    @staticmethod
    def _split(u: Unit, cut: int) -> tuple[Unit, Unit]:
        head = u.text[:cut].rstrip()
        tail = u.text[cut:]
        return (
            Unit(u.start, u.start + len(head), head, u.line, page=u.page, bbox=u.bbox),
            Unit(
                u.start + cut,
                u.end,
                tail,
                u.line,
                marker=find_marker(tail),
                page=u.page,
                bbox=u.bbox,
            ),
        )

    def _inline(self, u: Unit, m: Marker) -> Iterator[tuple[Unit, Marker]]:
        """The unit, cut where items written inline begin (each with its marker)."""
        cuts = list(self._inline_cuts(u, m)) or comma_items(u.text, m.end, m)
        if not cuts:
            self.led_in = False  # no items run on from this unit
            yield u, m
            return
        bounds = [0, *[pos for pos, _ in cuts], len(u.text)]
        markers = [m, *[mk for _, mk in cuts]]
        for k, mk in enumerate(markers):
            s, e = bounds[k], bounds[k + 1]
            piece = u.text[s:e].rstrip()
            self.led_in = k + 1 < len(markers)  # items run on from this part on its line
            yield (
                Unit(
                    u.start + s,
                    u.start + s + len(piece),
                    piece,
                    u.line,
                    page=u.page,
                    bbox=u.bbox,
                    role=u.role,
                ),
                mk,
            )
        # a run of items with no numbered parent, written inline, ends with its sentence: the
        # next paragraph, leading in to a list of its own ("En 2025, l'Organisation a :" over
        # "a) formé …": (a)), is not the last item's, unless it names it ("For point (c), …:")
        tail, nxt, last = self.current, self._next, markers[-1]
        ended = last.kind in ("letter", "roman", "item") and piece.endswith(".")
        if ended and tail is not None and self.blocks[tail].parent is None and nxt is not None:
            said = nxt.text.rstrip() if self.marker(nxt) is None else ""
            cite = rf"(?<!\w)\(?{re.escape(last.value)}\)"
            if said.endswith(":") and not re.search(cite, said):
                self._close()

    def _inline_cuts(self, u: Unit, m: Marker) -> Iterator[tuple[int, Marker]]:
        last: dict[str, str] = {}
        own = self._family(m) if m.kind in ("letter", "roman") else (m.family or m.kind)
        last[own] = m.value
        text = u.text
        cands, led = inline_candidates(text, m.end)
        for k, (pos, mk) in enumerate(cands):
            if mk.kind == "article":
                yield pos, mk
                return
            fam = mk.family or mk.kind
            if mk.kind in ("letter", "roman"):
                fam = next(
                    (
                        f
                        for f in ("letter", "roman")
                        if last.get(f) and _successor(f, last[f], mk.value)
                    ),
                    "roman" if mk.value.lower() == "i" or mk.kind == "roman" else "letter",
                )
            prev = last.get(fam)
            continues = pos not in led and prev is not None and _successor(fam, prev, mk.value)
            opens = (
                prev is None
                and _first(fam, mk.value)
                and text[:pos].rstrip().endswith(":")
                and any(_successor(fam, mk.value, o.value) for _, o in cands[k + 1 :])
            ) or (
                pos in led and prev is None and self._word_led(text, pos, mk, fam, cands[k + 1 :])
            )
            if continues or opens:
                last[fam] = mk.value
                yield pos, mk

    def _word_led(
        self, text: str, pos: int, mk: Marker, fam: str, rest: list[tuple[int, Marker]]
    ) -> bool:
        """A first item after a word: its successor is the next candidate in the line, or
        opens the next line (see :func:`._inlinelead.word_led_run`)."""
        if rest:
            return word_led_run(text, pos, mk, fam, rest[0][1], text[: rest[0][0]])
        nm = self.marker(self._next) if self._next is not None else None
        return nm is not None and word_led_run(text, pos, mk, fam, nm, text)

    def _code_section_waits(self) -> bool:
        """A code section's heading (``§ 2339B - Providing …``) with nothing under it yet
        stays open over the heading lines a legal database prints before the section's text
        ("U.S. Code", "Notes"): its subsections (a), (b) are still cited under it."""
        c = self.container
        return c is not None and "§" in self.blocks[c].label and not self.blocks[c].children

    def _opens_excerpt(self, value: str) -> bool:
        """``C. TERRORIST FINANCING …`` over ``5. …``: an excerpt that starts at section C (the
        text's first section heading, numbered paragraphs right under it) or goes on past a cut
        (``A.``, then ``C.`` over ``8.`` or a sub-heading: B left out); a capital letter over
        no numbered paragraph ("J. BORRELL FONTELLES" under a text) is a name."""
        nxt = self._next
        nm = self.marker(nxt) if nxt is not None else None
        numbered = nm is not None and nm.kind == "number"
        if len(value) != 1 or self._romans:
            return False
        if not self._capitals:
            return numbered
        last = self._capitals[-1].rstrip(")")[-1]
        subheaded = nxt is not None and nxt.line.heading_level is not None
        return (numbered or subheaded) and 2 <= ord(value) - ord(last) <= _LETTERS_CUT

    def _outline_heading(self, u: Unit, m: Marker, heading: bool) -> bool:
        """``1. Une arme privilégiée …`` standing alone under ``A. AU SAHEL …`` under ``I.``: a
        numbered heading under a capital-letter section heading is the outline's next level,
        cited under it (I(A)(1)); numbered paragraphs of text keep their own numbers."""
        outline = [k for k in self.outline if self.blocks[k].family != "number"]
        if not m.value.isdecimal() or len(outline) < 2:
            return False
        if [self.blocks[k].family for k in outline[-2:]] != ["roman", "capital"]:
            return False  # "5. Terrorist financing offence" under a lone "C.": its own number
        before = str(int(m.value) - 1)
        opened = [*self.items, *self.outline[len(outline) :]]
        if m.value != "1" and not any(self.blocks[k].item_value == before for k in opened):
            return False
        return heading or u.line.heading_level is not None or self._standalone_heading(u, m)

    def _in_title_list(self) -> bool:
        """``Loi du 23 mars 2023 … portant modification :`` then ``1° du Code pénal ;`` …
        before any clause: the items of the document's title (the acts it amends), not
        clauses."""
        title = self.doc_title
        if title is None or self._last_clause is not None:
            return False
        lead = self.blocks[-1] if self.blocks else None
        if lead is not None and lead.kind == "list_item":
            return self._title_items  # the title's next item, or a list of another kind
        self._title_items = (
            lead is not None
            and lead.kind == "paragraph"
            and lead.text.rstrip().endswith(":")
            and lead.text.startswith(title.rstrip(" :"))
        )
        return self._title_items

    def _amid_toc(self, u: Unit) -> bool:
        """``A. AU SAHEL … PERTES .. 9`` between two contents entries set aside: an entry
        whose leader the line's length cut to two dots, not a heading."""
        if not ends_on_figure(u.text) or not _SHORT_LEADER_RE.search(u.text):
            return False
        if not 0 < self._nk < len(self.noise):
            return False
        return self.noise[self._nk - 1].noise == "toc" and self.noise[self._nk].noise == "toc"
