"""Number spaces: the parts of a text that number afresh, and the outline around paragraphs.

A text may start its numbering again under an annex, a schedule or a judgment's operative
part (``PAR CES MOTIFS, LA COUR,`` then ``1. Déclare …``): what follows lives in a number
space of its own, cited with that part's name (``Schedule 1(1)``, ``Annex 1.1``,
``Dispositif 4(a)``). A judgment's paragraphs run on across its headings (1 to 17 over
``I.``, ``A.``, ``1. Thèses des parties``): a numbered heading among them is a level of the
outline, cited under its heading (``I(B)(1)``), and the paragraphs keep their own numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .._knowledge import alternation
from ..layout import Unit
from ..layout._numbering import (
    Marker,
    article_item,
    find_marker,
    lead_part,
    load_numbering,
    part_space,
)
from ..layout._saying import opens_on_verb
from ._blocks import (
    TERMINAL_END,
    RawBlock,
    clean_title,
    ends_on_figure,
    heading_like,
    is_date_line,
    words,
)
from ._clausereading import (
    _NOTE_WINDOW,
    _SUBHEADING_LEAD_RE,
    _SUBHEADING_MAX_WORDS,
    _Reading,
)
from ._lineshapes import _CAPS_LEAD_IN_RE, authority_line, holds_date
from ._sequences import _LINK_ENTRY_RE, _TOC_LINE_RE, _TOC_TAIL, _annex_space, _next_letter, _titled

__all__ = ["share_range_text"]

_Marker = Callable[[Unit], "Marker | None"]

# "Schedule 1", "Annex II", "Appendix B": an annex with a number of its own
_NUMBERED_SPACE_RE = re.compile(r"^\S+ (?:[IVXLC]{1,6}|\d{1,3}|[A-Z])$")


def named_space(space: str) -> bool:
    """A judgment's part, cited after its name and a space: its operative part
    (``Dispositif``) or the orders it opens with (``Order``)."""
    annex = load_numbering().annex
    return space in annex.parts.values() or space in annex.leading_parts.values()


def cite_in_space(space: str, number: str) -> str:
    """A number in an annex's or a part's space: ``Annex(1)``, ``Annex(2.1)``, ``Schedule
    1(1)``; ``Dispositif 1`` in a judgment's operative part, ``Order 1`` in the orders it
    opens with, cited after its name."""
    if named_space(space):
        return f"{space} {number}"
    return f"{space}({number})"


def _outline_number(units: Sequence[Unit], k: int, top: int, marker: _Marker) -> bool:
    """``1. Thèses des parties`` under ``B. Sur le fond`` after paragraph 11, then ``12.``: a
    numbered heading of the outline, the paragraphs' numbers running on past it."""
    u = units[k]
    m = marker(u)
    if m is None or not _titled(u.text[m.end :]):
        return False
    for v in units[k + 1 :]:
        nm = marker(v)
        if nm is not None and nm.kind == "number" and nm.value.isdecimal():
            return int(nm.value) == top + 1
    return False


def numbers_restart(units: Sequence[Unit], marker: _Marker, annexes: frozenset[int]) -> bool:
    """Do paragraph numbers start again under each roman or capital heading (1. under
    A, 1. again under B, as in a ministerial instruction)? Then they are cited under
    their heading (II(A)(1) while the body is read, A(1) or II.A(1) once _capitals has
    renamed the heading); numbers that run across headings keep their own, and so do
    the paragraphs around a numbered heading of the outline (``1. Thèses des parties``).
    A number far past the run's last (``9)``, then ``19.``) is no step of the run."""
    top = 0
    fresh = False
    for k, u in enumerate(units):
        m = marker(u)
        if u.start in annexes:
            top, fresh = 0, False  # an annex that numbers afresh: a space of its own
        if m is None:
            continue
        if m.kind == "heading" and not m.value[0].isdecimal():
            fresh = True
        elif (m.kind == "number" or _signed(m)) and m.value.isdecimal():
            n = int(m.value)
            if fresh and n <= top and _outline_number(units, k, top, marker):
                continue  # the outline's level: the paragraphs go on from `top`
            if fresh and (n <= top or re.match(r"\d+\.\s*[–—-]\s", u.text)):
                return True  # "1. – Mise en place" under "A. –": an outline level
            if top and n > top + _MAX_SKIP:
                continue  # "… en a adressé / 19. Le délai …": a count wrapped to a line start
            top, fresh = max(top, n), False
    return False


_MAX_SKIP = 5  # paragraph numbers a run may skip (an excerpt's cuts) and still go on


def _signed(m: Marker) -> bool:
    """``§ 4.``: a paragraph number of a report that numbers its paragraphs with the
    section sign (inside an article, ``§ 2`` is the article's, and no roman heading is open)."""
    return m.family == "number" and m.label.lstrip().startswith("§")


class _Spaces(_Reading):
    """Opening the number space of a numbered annex; the outline's numbered headings."""

    signed_at = -1  # where the foreword's signature line read last ends (_signs_foreword)

    def _article_item(self, u: Unit) -> Marker | None:
        """A bare alinéa number inside an article (``1 Fedpol est …``): a marker only as the
        article's first number item (1) or the successor of its last one."""
        c = self.container
        if c is None or u.role is not None or not self._in_article():
            return None
        m = article_item(u.text)
        if m is None:
            return None
        if m.kind == "letter":  # "a- register …": the first letter or the open one's next
            last = [b.item_value for k in self.items if (b := self.blocks[k]).family == "letter"]
            return m if m.value == (_next_letter(last[-1]) if last else "a") else None
        done = [
            int(b.item_value)
            for k in self.blocks[c].children
            if (b := self.blocks[k]).family == m.family and b.item_value.isdecimal()
        ]
        return m if int(m.value) == (max(done) + 1 if done else 1) else None

    def _signed_paragraph(self, m: Marker) -> bool:
        """``§ 4.`` outside any article, continuing the text's paragraph numbers (``§ 1.``
        opening them): a report's numbered paragraph, as ``4.`` is, whose number runs on
        across its roman and letter sections (guidelines §1a), not an item of the section."""
        return (
            _signed(m)
            and m.value.isdecimal()
            and m.value not in self.seen
            and self._continues(m.value)
            and not self._in_article()
        )

    def _opens_space(self, u: Unit) -> bool:
        """``SCHEDULE 1   Regulation 3`` over paragraphs that number afresh: a clause of its
        own (``Schedule 1``), titled by the heading line below it, the parent of its
        paragraphs (``Schedule 1(1)``); the sections of the text before it end there."""
        if u.start not in self.annex_starts:
            return False  # most texts have no annex numbered afresh: its title is not read
        space = _annex_space(clean_title(u.text))
        if (
            space is None
            or not _NUMBERED_SPACE_RE.match(space)
            or space in load_numbering().annex.parts.values()
            or self._cited_before(space)
        ):
            return False
        self._close(container=True, outline=True)
        self.section = None
        self.foreign = None
        idx = self._clause(
            u, Marker("division", u.text, space, len(u.text)), space, None, None, "", u.end
        )
        self.divisions = [idx]
        self.awaiting_title = idx
        self.annex, self.annex_restarted = space, True
        return True

    def _orders_space(self, u: Unit, heading: str) -> str | None:
        """The orders a judgment opens with end at the next heading (``REASONS FOR
        JUDGMENT``); ``THE COURT ORDERS THAT:`` above them, when the reasons number afresh,
        opens their space: "Order"."""
        if self.annex is not None and self.annex in load_numbering().annex.leading_parts.values():
            self.annex, self.annex_restarted = None, False
        return lead_part(heading) if u.start in self.annex_starts else None

    def _item(self, u: Unit, m: Marker, *, outline: bool = False) -> None:
        """Read an item: the body reader's (:class:`ctdocs.structure._clauses.Body`)."""
        raise NotImplementedError

    def _heading(self, u: Unit) -> None:
        """Read a heading: the body reader's (:class:`ctdocs.structure._clauses.Body`)."""
        raise NotImplementedError

    def _heading_line(self, u: Unit, nxt: Unit | None) -> None:
        """A line shaped as a heading: a marginal note, a symbol, the close of an enacting
        sentence, or a section's heading."""
        if self._marginal_note(u, nxt):
            return
        if _enacts(u.text) or self._closes_subject(u):
            # "HAS ADOPTED THIS DECISION:": the sentence above goes on
            self._paragraph(u, role="body", parent=None)
            self.absorbing = False
            return
        if self._signs_foreword(u, nxt):
            # "Rt Hon Joanna Pemberton-Hale MP": the foreword ends, signed
            self._paragraph(u, role="signature", parent=None)
            self.absorbing, self.section, self.signed_at = False, None, u.end
            return
        t = u.text.strip()
        if " " not in t and any(ch.isdecimal() for ch in t):
            # "AJP-3.15", "AG-2019-88-RES-05" alone on a line: a symbol or a running head,
            # no words to name a section with; set apart like a repeated number
            self._paragraph(u, role="body", parent=None)
            self.absorbing = False
            return
        self._heading(u)

    def _signs_foreword(self, u: Unit, nxt: Unit | None) -> bool:
        """``Rt Hon Joanna Pemberton-Hale MP`` / ``Minister of State for Security`` after a
        foreword's prose, over the outline's ``1 Introduction`` (or the next heading): the
        foreword's signature (numbering.toml ``forewords``), no heading of a section; the
        line right after it goes on with it. A line over prose (``Acknowledgements`` / ``We
        thank …``) is a heading."""
        if nxt is not None and self.marker(nxt) is None and TERMINAL_END.search(nxt.text.rstrip()):
            return False
        if u.marker is not None and u.marker.kind == "division":
            return False  # "CHAPTER FIVE" read as a heading (worded_parts): no signer's line
        if self.blocks and self.blocks[-1].end == self.signed_at:
            return True  # "Cathaoirleach" under "Deputy Aoife Ní Bhriain"
        if not _names_foreword(self.section):
            return False
        for b in reversed(self.blocks):
            if b.kind != "paragraph" or b.role != "body":
                return False
            if b.section == self.section:
                return True  # the foreword's prose read since its heading
        return False

    def _closes_subject(self, u: Unit) -> bool:
        """``DEMANDE AU GOUVERNEMENT FÉDÉRAL :`` under ``LA CHAMBRE DES REPRÉSENTANTS,`` and
        its recitals: a formula in capitals closed by a colon whose subject, in capitals
        closed by a comma, stands above it since the last heading. It closes the sentence the
        subject opened, as ``HAS ADOPTED THIS DECISION:`` does (:func:`_enacts`), and names
        no section; a formula with its own subject (``LE CONSEIL CONSTITUTIONNEL DÉCIDE :``)
        does."""
        if not u.text.rstrip().endswith(":") or not _in_capitals(u.text, 1):
            return False  # "DECIDES:" as "DÉCIDE :": the verb alone closes the sentence too
        for b in reversed(self.blocks):
            if b.kind == "heading":
                return False
            if b.kind == "paragraph" and b.text.rstrip().endswith(",") and _in_capitals(b.text):
                return True
        return False

    def _cite(self, number: str) -> str:
        """In an annex set out as an outline of numbered headings, ``Annex 1.1`` (the
        outline of a document of its own); otherwise as :func:`cite_in_space` says."""
        assert self.annex is not None
        if self.annex_outline:
            return f"{self.annex} {number}"
        return cite_in_space(self.annex, number)

    def _outline_number(self, u: Unit, m: Marker) -> None:
        """``1. Thèses des parties`` under ``I.`` / ``B.``: the outline's next level, cited
        under it (I(B)(1)). Where paragraph numbers run on across the outline, it stays open
        over the paragraphs that follow, their parent, until the next heading of its level."""
        if not self.restarting:
            self.outline = [k for k in self.outline if self.blocks[k].family != "number"]
            self._close()
        self._item(u, Marker("item", m.label, m.value, m.end, "number"), outline=True)
        if not self.restarting and self.items:
            self.outline.append(self.items.pop())

    def _contents_entry(self, u: Unit, m: Marker) -> bool:
        """``1. Contexte ........ 3``, an entry that lost its leaders, ``1. [Introduction](#1-
        introduction)`` (a link to the page's own heading): a contents entry, not the
        clause."""
        t = u.text
        return bool(
            (ends_on_figure(t, roman=True) and _TOC_LINE_RE.search(t, max(0, len(t) - _TOC_TAIL)))
            or u.start in self.toc
            or self._amid_toc(u)
            or (m.kind != "bullet" and _LINK_ENTRY_RE.match(t[m.end :].strip()))
        )

    def _letter_note(self, u: Unit, m: Marker) -> bool:
        """``(a) 2025 c. 19.`` at a page's foot, its mark called glued after a number or a
        word before it ("… Act 2025(a).") while the clause above has closed its sentence (no
        lead-in to items): a page's note, not an item; ``(b)`` after such a note too. A
        cross-reference glues its letter after a bracket ("4(1)(a)"), not after a word."""
        if self._copyright(u, m):
            return True
        if m.kind != "letter" or not m.label.strip().startswith("("):
            return False
        if m.value != "a":
            noted = bool(self.page_letter) and _next_letter(self.page_letter) == m.value
        else:
            k = self._innermost()
            noted = k is not None and not (self.items and self.blocks[k].family == "alpha")
            noted = noted and self._closed(k)
        if noted:  # the call, looked for last: the dearest test
            call = re.compile(rf"[^\W_]\({re.escape(m.value)}\)(?=[\s,.;:])")
            noted = call.search(self.text, max(0, u.start - _NOTE_WINDOW), u.start) is not None
        self.page_letter = m.value if noted else ""
        return noted

    def _copyright(self, u: Unit, m: Marker) -> bool:
        """``(c) 2026 Attorney General's Office`` in a page's footer: the typewritten copyright
        sign before a year (or the word), not item (c), unless it continues an open (b)."""
        if m.value not in "cC" or m.label.strip() not in ("(c)", "(C)"):
            return False
        if not _COPYRIGHT_RE.match(u.text[m.end :]):
            return False
        return not any(self.blocks[k].item_value == "b" for k in self.items)

    def _closed(self, k: int | None) -> bool:
        """The clause ``k`` has closed its sentence: no lead-in to items below it."""
        return k is not None and self.absorbed.get(k, [self.blocks[k].text])[-1].rstrip().endswith(
            "."
        )

    def _repeats_title(self, u: Unit, heading: str) -> bool:
        """The heading is the document's title, as the head chose it below lines the head
        did not take (``OPCW`` / ``Executive Council`` / ``DECISION`` above it): the title and
        the lines above it are the head's, they name no section of the body."""
        if not self._is_doc_title(heading):
            return False
        self.section = None
        self._paragraph(u, role="body", parent=None)
        self.absorbing = False
        return True

    def _subheading(self, u: Unit, m: Marker | None, nxt: Unit | None) -> Unit | None:
        """``- Sur certaines dispositions de l'article 4 :`` between paragraphs 1 and 2: a
        short line ending at a colon (after a dash or a dot, or none) that stands between a
        numbered paragraph and the next one of the same sequence heads the paragraphs that
        follow (a list it introduced would be items, not the next paragraph). Returns the
        heading without its lead."""
        if m is not None and m.kind != "bullet":
            return None
        lead = _SUBHEADING_LEAD_RE.match(u.text)
        rest = u.text[lead.end() :] if lead else u.text
        if not rest.rstrip().endswith(":") or words(rest) > _SUBHEADING_MAX_WORDS:
            return None
        if _CAPS_LEAD_IN_RE.match(rest):  # "CHARGE le Secrétaire général :" between 5 and 6:
            return None  # a resolution's operative verb over the paragraphs it governs
        cut = u.start + (lead.end() if lead else 0)
        if self._heads_sequence(rest, nxt):
            return Unit(cut, u.end, rest, u.line, page=u.page, bbox=u.bbox)
        if nxt is None or self.anchor is None or self.items:
            return None
        prev, m = self.blocks[self.anchor].number, self.marker(nxt)
        if m is None or m.kind != "number" or not (prev.isdecimal() and m.value.isdecimal()):
            return None
        if int(m.value) != int(prev) + 1:
            return None
        return Unit(cut, u.end, rest, u.line, page=u.page, bbox=u.bbox)

    def _heads_sequence(self, rest: str, nxt: Unit | None) -> bool:
        """``Considérant ce qui suit :``, ``Faits :``, ``Sur la demande d'asile :`` over
        paragraph ``1.`` (or ``A.``) of a sequence not yet begun: a decision's part heading in
        sentence case, as :meth:`_subheading` reads one between two paragraphs. A lead-in is
        told apart by its paragraph: one that completes it (``1. Expresses …``, ``1. de
        créer …``, an item ending on ``;``) or asks (``peut-elle indiquer :`` / ``1. Quelles
        … ?``); an enacting formula in capitals (``DÉCIDE :``) is one; a contents entry is
        no paragraph."""
        if nxt is None or rest.upper() == rest or words(rest) > _FORMULA_MAX_WORDS + 1:
            return False  # "Be it enacted by … as follows:" is the sentence of what follows
        if nxt.start in self.contents:
            return False  # "Section :" over "1. Amendment of …" in an arrangement of sections
        if self.blocks and self.blocks[-1].kind == "heading":
            return False  # "Mesures :" right under its heading: the lead-in of its list
        if _FIRST_ALONE_RE.match(nxt.text):
            return True  # "A." alone on its line, its paragraph below
        m = self.marker(nxt)
        if m is None or m.kind not in ("number", "heading") or m.value not in ("1", "A"):
            return False
        if m.value in self.seen:
            return False
        body = nxt.text[m.end :].strip().lstrip("*").strip()
        return (
            body[:1].isupper()
            and body.endswith(".")
            and words(body) >= _FORMULA_NEXT_MIN_WORDS
            and not opens_on_verb(re.split(r"[\s'’]+", body.casefold())[:2])
        )

    def _formula(self, u: Unit, nxt: Unit | None) -> bool:
        """``Vu la procédure suivante :`` over the paragraph it introduces: a formula of a few
        words closed by a colon, alone between blank lines, over an unnumbered paragraph (not
        a list) while no clause takes text: it opens the part that follows, a section. A
        judgment's operative part whose numbers start again opens there in sentence case too
        (``Par ces motifs, le Tribunal fédéral prononce :`` over ``1.``, ``2.``)."""
        t = u.text.strip()
        if u.start in self.annex_starts and part_space(t) is not None:
            return True
        nm = self.marker(nxt) if nxt is not None else None
        if _VERB_ALONE_RE.match(t) and nm is not None and nm.kind in ("article", "division"):
            return True  # "DECIDE :" over "Article 1er.-": the operative part (not "1. Their …")
        if u.marker is not None or nxt is None or not t.endswith(":") or not t[:1].isupper():
            return False
        if words(t) > _FORMULA_MAX_WORDS or (self.current is not None and self.absorbing):
            return False
        if "," in t or "\n\n" not in self.text[u.end : nxt.start]:
            return False  # "RW, intervener:" in a judgment's head names a party
        # over a paragraph of its own ("Par une requête … demande au Conseil d'État :"), not
        # a signature block or a table's header row; over numbered paragraphs, a lead-in
        # ("DECLARE:", "Nous nous engageons :") that the paragraphs complete
        n = nxt.text.rstrip()
        return (
            self.marker(nxt) is None
            and n[:1].isupper()
            and n[-1:] in ".;:"
            and words(n) >= _FORMULA_NEXT_MIN_WORDS
        )

    def _range_cut(self, u: Unit, m: Marker) -> int | None:
        """Where the second number of a range of provisions begins (``3.1 to 3.4``, ``(2)
        and (3) [Repealed, …]``: a consolidation prints repealed provisions so), both numbers
        of one shape, the second greater; each is a clause (the first and the last)."""
        rest = u.text[m.end :]
        j = _range_joiner_re().match(rest)
        if j is None or m.kind not in ("number", "heading", "item") or self._wraps_on(u):
            return None
        inner = find_marker(rest[j.end() :])
        if inner is None or inner.kind != m.kind or inner.family != m.family:
            return None
        a, b = m.value.split("."), inner.value.split(".")
        same = len(a) == len(b) and a[:-1] == b[:-1] and a[-1].isdecimal() and b[-1].isdecimal()
        return m.end + j.end() if same and int(b[-1]) > int(a[-1]) else None

    def _wraps_on(self, u: Unit) -> bool:
        """The line goes on with a sentence the line above leaves open (``Despite
        subsections`` over ``(1) and (2) the Minister may …``): its numbers are a
        cross-reference, not a record of repealed provisions."""
        lines = self.text[max(0, u.start - _LOOKBACK) : u.start].split("\n")
        if len(lines) < 2 or lines[-1].strip():
            return False
        above = lines[-2].strip()
        return above[-1:].isalnum() or above.endswith(",")

    def _cites_authority(self, u: Unit, heading: str) -> bool:
        """Right under a heading, a line citing the act it is made under (``Loi sur les
        explosifs (chapitre E-22, a. 23)``): a paragraph, the heading above names the section.
        Above the first clause, a dated line is the head's: a paragraph, and no section."""
        if self._last_clause is None and holds_date(heading):
            self.section = None  # "NATO Heads of State … Summit, 8 July 2026": the head's line
        elif not (self.blocks and self.blocks[-1].kind == "heading" and authority_line(heading)):
            return False
        self._paragraph(u, role="body", parent=None)
        self.absorbing = False
        return True

    def _opens_outline(self, idx: int, letter: bool) -> None:
        """``I. Introduction``, the first roman heading, before any clause: the body's outline
        begins, and the unnumbered line above it (``Summary``, ``ARRÊT``, ``N/Réf. : …``, an
        enacting formula) was the head's, naming no section of the outline (gold, 20 files in
        15 batches), text of its own standing between them. A heading right above ``I.`` is
        the outline's. A roman paragraph (``I Public spaces are …``, no title) opens none; an
        annex's heading names its section; where the romans start again further on
        (``BACKGROUND`` / ``I.`` … ``DISCUSSION`` / ``I.``) the lines above them are the
        outline's top level."""
        b = self.blocks[idx]
        if letter or self._romans or b.title is None or self.annex is not None:
            return
        if any(k.kind == "clause" for k in self.blocks[:idx]) or self.blocks[idx - 1].kind == (
            "heading"
        ):
            return  # a heading right above "I. Scope" holds the outline (its subtitle)
        if _ROMAN_ONE_RE.search(self.text, b.end):
            return
        self.section = b.section = None

    def _is_doc_title(self, heading: str) -> bool:
        """Before any clause or annex, the heading is the document's title as the head chose
        it (a cover note's annex that repeats its subject opens the text it carries)."""
        t = self.doc_title
        if t is None or self._last_clause is not None or self.annex is not None:
            return False
        # a head line the heading reader joined to the title ("2031 No. 77" over it)
        return _fold(heading).endswith(_fold(t))

    def _takes_title(self, u: Unit) -> bool:
        """Under ``SCHEDULE 1``, the heading line below it is its title however it reads
        (``Matters to be addressed in a review``); else as for an article."""
        k = self.awaiting_title
        if k is not None and k in self.divisions and self.blocks[k].number == self.annex:
            b = self.blocks[k]
            if b.title is None and heading_like(u, self.text):
                b.title, b.end, b.body_start = clean_title(u.text), u.end, u.end
                self.awaiting_title = None
                return True
        return super()._takes_title(u)


_FORMULA_MAX_WORDS = 5
# an operative formula reduced to its verb in capitals ("DECIDE :", "DÉCRÈTE :", "DECIDES:")
_VERB_ALONE_RE = re.compile(r"^[A-ZÀ-Ý]{5,}\s?:$")
_ROMAN_ONE_RE = re.compile(r"^[ \t#*]*I\.\s", re.MULTILINE)  # "I." opening a line again
# the first number of a sequence alone on its line ("1.", "A."), its paragraph below
# after "(c)": a year or the word, as the copyright sign is followed ("(c) 2026 …", "(C) Copyright")
_COPYRIGHT_RE = re.compile(r"\s*(?:(?:19|20)\d\d\b|copyright\b)", re.IGNORECASE)
_FIRST_ALONE_RE = re.compile(r"^\s*[1A][.)]\s*$")
_LOOKBACK = 200  # characters before a line read for the end of the line above it
_FORMULA_NEXT_MIN_WORDS = 8


@cache
def _range_joiners() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_numbering().range_joiners)


@cache
def _range_joiner_re() -> re.Pattern[str]:
    words = alternation(load_numbering().range_joiners)
    return re.compile(rf"\s+(?:{words})\s+(?=\S)", re.IGNORECASE)


def _fold(heading: str) -> str:
    """A heading's words without case, dashes or spacing ("Schedule—The Criminal Code" and
    "Schedule  The Criminal Code" are one heading)."""
    return " ".join(re.findall(r"\w+", heading.casefold()))


_LABEL_MAX_WORDS = 5


def dated_label(text: str) -> bool:
    """``Made - - - - 4th November 2025``, ``Coming into force 1st January 2026``: a short
    label (no number, no sentence) closed by a full date, a metadata line of an instrument's
    head, not a heading."""
    toks = text.split()
    if text.rstrip().endswith("."):
        return False  # "Fait le 9 avril 2026.": a sentence of the close
    for n in (3, 4):
        if len(toks) <= n or not is_date_line(" ".join(toks[-n:])):
            continue
        label = [w for w in toks[:-n] if w.strip("-–—.")]
        if 1 <= len(label) <= _LABEL_MAX_WORDS and not any(c.isdecimal() for w in label for c in w):
            return words(text) <= _LABEL_MAX_WORDS + n + 4
    return False


def _in_capitals(text: str, least: int = 2) -> bool:
    """``least`` words or more, every letter a capital (``LA CHAMBRE DES REPRÉSENTANTS,``)."""
    letters = [ch for ch in text if ch.isalpha()]
    return words(text) >= least and bool(letters) and all(ch.isupper() for ch in letters)


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _names_foreword(section: str | None) -> bool:
    """``Ministerial foreword``, ``LE MOT DU PRÉSIDENT``: a foreword's heading (data:
    ``forewords``; ``avant-propos`` matches ``AVANT PROPOS``)."""
    folded = f" {_words_of(section or '')} "
    return any(w in folded for w in _foreword_words())


@cache
def _foreword_words() -> tuple[str, ...]:
    """The forewords' headings as :func:`_names_foreword` compares them, folded once (not
    at every heading line a section is asked of)."""
    return tuple(f" {_words_of(w)} " for w in load_numbering().forewords)


def _enacts(text: str) -> bool:
    """``HAS ADOPTED THIS DECISION:``, ``A ADOPTÉ LE PRÉSENT RÈGLEMENT :``: the close of an
    act's enacting sentence (its subject stands above the recitals), no section's name."""
    folded = " ".join(re.findall(r"\w+", text.casefold()))
    return any(folded.startswith(w) for w in load_numbering().enacting)


def share_range_text(blocks: list[RawBlock], text: str) -> None:
    """Give the first number of a range of provisions the text the last one reads
    (``3.1 to 3.4`` over ``[Repealed, SOR/2004-160, s. 3]``, ``(2) et (3) [Abrogés, …]``):
    a consolidation prints one note for the whole range, so it is each number's text.
    Each number but the last holds only its marker, a joiner between it and the next; read
    from the end, so that ``(1) and (2) and (3)`` passes the note back to every number."""
    nxt: RawBlock | None = None
    for b in reversed(blocks):
        if b.kind != "clause":
            continue
        if (
            nxt is not None
            and not b.text
            and nxt.text
            and b.end <= nxt.start
            and text[b.end : nxt.start].strip().casefold() in _range_joiners()
        ):
            b.text = nxt.text
        nxt = b
