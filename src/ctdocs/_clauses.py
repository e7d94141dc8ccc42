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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from ._blocks import (
    HEADING_MAX_WORDS,
    TERMINAL_END,
    RawBlock,
    body_text,
    clean_title,
    heading_like,
    is_front,
    note_mark,
    run_in_title,
    words,
)
from ._knowledge import load_language
from ._layout import Unit, is_signature
from ._numbering import Marker, division_rank, find_marker, load_numbering, roman_value

__all__ = ["Body"]

# A run-in title ending at a colon ("4.1 Training and Education: Allies will …") or, when
# short, at a full stop ("11. Terrorism. We condemn …").
_COLON_TITLE_RE = re.compile(r"([A-ZÀ-Ý][^.:;!?()\[\]]{1,80}?):\s+(?=[A-ZÀ-Ý«\"“])")
_COLON_TITLE_MAX_WORDS = 8
# "Border security: assistance to …": a short title, the body going on in lower case
_SHORT_COLON_TITLE_RE = re.compile(r"([A-ZÀ-Ý][^.:;!?()\[\],]{1,50}?):\s+(?=[a-zà-ÿ])")
_SHORT_COLON_TITLE_MAX_WORDS = 4
_STOP_TITLE_RE = re.compile(
    r"([A-ZÀ-Ý][^.:;!?()\[\],]{1,60}?)(?:\.\s+|\.?\s?[—–]\s?)(?=[A-ZÀ-Ý«\"“(])"
)
_DASH_TITLE_RE = re.compile(r"([A-ZÀ-Ý][^.:;!?()\[\]]{1,80}?)\.?\s?[—–]\s*")
# A definition: "**blasting** means …", "« Acte terroriste » signifie …"
_DEFINITION_RE = re.compile(
    r"^[\s\"«“‘'*]*[^\s.;:][^.;:]{0,80}?[\"»”’'*]*\s+(?:means|includes|has the same meaning"
    r"|désigne|désignent|s['’]entend|s['’]entendent|signifie|comprend)\b",
    re.IGNORECASE,
)
# Candidates for items written inline: "(ii) ", "2.« ", "Article 2 – " glued after a sentence.
_INLINE_RE = re.compile(
    r"\((?:[a-z]{1,4}|\d{1,3})\)(?=\s?\S)|(?<=\s)(?:[a-z]|[ivx]{1,4})\)(?=\s\S)|(?<![\w.,])\d{1,3}\.(?=\s?[«\"“A-ZÀ-Ý])"
    r"|(?<=[.;])\s?(?=(?:Article|Art\.)\s+\d{1,4}\s*[–—-]\s*[A-ZÀ-Ý])"
    r"|(?<=\s)\[[a-z]{1,2}\.?\](?=\s)"
)
# A numbered sequence run into an unnumbered line by a PDF or HTML extraction:
# "… Brussels, 9 February 2015 1. The Council … the Rule of Law. 2. The Council …",
# "Préambule Le Comité des Ministres, [a.] Considérant …".
_RUN_IN_RE = re.compile(r"(?<=\s)(?:\d{1,3}\.|\[[a-z]\.?\])\s(?=[«\"“A-ZÀ-Ý])")
_RUN_IN_MIN_WORDS = 5


@dataclass(slots=True)
class _Note:
    """A marginal note (``**Extension**``) waiting for the subsection it titles."""

    unit: Unit
    title: str


def _next_letter(v: str) -> str | None:
    """The letter item after ``v``: b after a, aa after z, bb after aa."""
    v = v.lower()
    if len(v) == 1 and v.isalpha():
        return chr(ord(v) + 1) if v < "z" else "aa"
    if len(v) == 2 and v[0] == v[1] and v.isalpha():
        return chr(ord(v[0]) + 1) * 2 if v[0] < "z" else None
    return None


def _successor(family: str, last: str, value: str) -> bool:
    """``value`` comes right after ``last`` in a sequence of this family."""
    if family in ("number", "degree"):
        a, b = re.sub(r"\D", "", last), re.sub(r"\D", "", value)
        return a.isdigit() and b.isdigit() and int(b) == int(a) + 1
    if family in ("letter", "upper"):
        return _next_letter(last) == value.lower()
    if family in ("roman", "upper-roman"):
        ra, rb = roman_value(last), roman_value(value)
        return ra is not None and rb is not None and rb == ra + 1
    return False


def _first(family: str, value: str) -> bool:
    return value.lower() in {"number": ("1",), "degree": ("1°",), "letter": ("a",),
                             "upper": ("a",), "roman": ("i",), "upper-roman": ("i",)}.get(
        family, ())


_CAPITAL_ITEM_RE = re.compile(r"([A-Z])\.\s+(?=[a-zà-ÿ«\"“])")
# A table-of-contents entry ends with dot leaders (or spaced dots) and a page number.
_TOC_LINE_RE = re.compile(r"(?:\.{4,}|(?:\s?\.){4,}|…{2,})\s*\d{1,4}\s*$")
_OPENING_QUOTES = "\"“«"


def _still_quoted(text: str, inside: bool) -> bool:
    """Whether a quotation is still open after ``text`` (amending text reproduced over
    several lines: ``insert— "(1A) A person commits … (a) …"``). Curly quotes and
    guillemets open and close; straight quotes toggle."""
    for ch in text:
        if ch in "“«":
            inside = True
        elif ch in "”»":
            inside = False
        elif ch == '"':
            inside = not inside
    return inside


def _names(phrase: str) -> bool:
    """A short first sentence that names (``Terrorism``, ``Countering terrorist use of the
    Internet``) rather than says (``Condemns the attacks``, ``Terrorism remains a threat``)."""
    rules = load_numbering().run_in_title
    ws = re.split(r"[\s'’]+", phrase.lower().strip())
    if not ws or not ws[0] or len(phrase.split()) > rules.max_words:
        return False
    if any(w in rules.sentence_words for w in ws):
        return False
    return not (len(ws) > 1 and any(
        ws[0].endswith(c.ending) and ws[1] in c.next for c in rules.verb_cues
    ))


@cache
def _connectors() -> frozenset[str]:
    """Words that carry a heading on to its next line ("for", "of", "et", "de")."""
    out: set[str] = set()
    for ws in load_language().continuation.values():
        out.update(w.lower() for w in ws)
    return frozenset(out)


@cache
def _annex_re() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in load_numbering().annex.words)
    return re.compile(rf"^(?:{words})(?:\s+(?P<n>[IVXLC]{{1,6}}|\d{{1,3}}|[A-Z]))?\.?$",
                      re.IGNORECASE)


def _annex_space(heading: str) -> str | None:
    """``Annex`` -> "Annex"; ``ANNEXE II`` -> "Annex II"; other headings -> None."""
    m = _annex_re().match(heading.strip())
    if not m:
        return None
    form = load_numbering().annex.form
    return f"{form} {m.group('n').upper()}" if m.group("n") else form


def _reads_as_title(u: Unit, text: str) -> bool:
    """The line after ``Article 3`` (or ``### 4``) that names it: set as a heading, or
    short, or in title case; not a lead-in sentence ("No person in Canada shall"), not a
    bracketed note ("[Repealed, …]")."""
    t = u.text.strip()
    if not heading_like(u, text) or t.endswith(":") or t.startswith(("[", "(")):
        return False
    if u.line.heading_level is not None or u.line.all_bold(text):
        return True
    ws = t.split()
    capitals = sum(1 for w in ws if w[:1].isupper())
    return len(ws) <= 6 or capitals * 2 >= len(ws)


def _is_definition(u: Unit, text: str) -> bool:
    """A definition: "**blasting** means …", "« Acte terroriste » signifie …", or a defined
    term set in bold at the head of its paragraph ("**agent de détection** Substance …")."""
    if _DEFINITION_RE.match(u.text):
        return True
    spans = u.line.bold_spans
    if not spans:
        return False
    s, e = spans[0]
    return s <= u.start + 2 and e < u.end - 2 and words(text[s:e]) <= 8


class Body:
    """Builds the body's blocks into ``blocks`` (which already hold the head)."""

    def __init__(self, blocks: list[RawBlock], text: str, noise: Sequence[Unit]) -> None:
        self.blocks = blocks
        self.text = text
        self.noise = noise
        self.section: str | None = None
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
        self.indent: dict[int, int] = {}  # item block -> indent of its line
        self._next: Unit | None = None
        self.restarting = False
        self.notes = False  # below a footnote rule: "4   COM(2017) 610 final …" is a note
        self.pending: tuple[Unit, Marker] | None = None  # the rest of a heading's line
        self._after_repeat = False
        self._nk = 0
        self._last_end = -1

    # -- reading --------------------------------------------------------------
    def read(self, units: Sequence[Unit]) -> None:
        self.restarting = self._numbers_restart(units)
        for k, u in enumerate(units):
            self._stop_at_noise(u)
            nxt = units[k + 1] if k + 1 < len(units) else None
            self._unit(u, nxt)
        for k, more in self.absorbed.items():
            self.blocks[k].text = "\n".join([self.blocks[k].text, *more]).strip()

    def _numbers_restart(self, units: Sequence[Unit]) -> bool:
        """Do paragraph numbers start again under each roman or capital heading (1. under
        A, 1. again under B, as in a ministerial instruction)? Then they are cited under
        their heading, II(A)(1); numbers that run across headings keep their own."""
        top = 0
        fresh = False
        for u in units:
            m = self.marker(u)
            if m is None:
                continue
            if m.kind == "heading" and not m.value[0].isdigit():
                fresh = True
            elif m.kind == "number" and m.value.isdigit():
                n = int(m.value)
                if fresh and (n <= top or re.match(r"\d+\.\s*[–—-]\s", u.text)):
                    return True  # "1. – Mise en place" under "A. –": an outline level
                top, fresh = max(top, n), False
        return False

    def _stop_at_noise(self, u: Unit) -> None:
        """A noise unit between two content units stops absorption (a clause's span may
        not run over noise)."""
        while self._nk < len(self.noise) and self.noise[self._nk].start < u.start:
            n = self.noise[self._nk]
            if self._last_end >= 0 and n.start >= self._last_end:
                self.absorbing = False
                # a short rule ("________") over the notes at the foot of a page
                self.notes = n.noise == "markup" and "_" in n.text
            self._nk += 1
        self._last_end = u.end

    def marker(self, u: Unit) -> Marker | None:
        """The unit's marker, looking past a bullet (``- (a) …``) and, on a heading line,
        reading a bare number (``### 4 Short title``)."""
        m = u.marker
        heading = u.line.heading_level is not None or u.line.all_bold(self.text)
        if m is None:
            if heading or u.line.lead_gap:
                return find_marker(u.text, heading=heading, gap=u.line.lead_gap)
            return None
        if m.kind == "bullet":
            rest = u.text[m.end:]
            pad = len(rest) - len(rest.lstrip())
            inner = find_marker(rest.lstrip())
            if inner is not None and inner.kind != "bullet":
                end = m.end + pad + inner.end
                return Marker(inner.kind, inner.label, inner.value, end, inner.family)
        return m

    def _unit(self, u: Unit, nxt: Unit | None) -> None:
        t = u.text
        if u.role == "footnote":
            self._footnote(u)
            return
        m = self.marker(u)
        if self.notes:
            bare = m is not None and m.kind in ("number", "heading") and not m.label.rstrip(
            ).endswith((".", ")"))
            if bare or (m is None and note_mark(t) is not None):
                self._paragraph(u, role="footnote", parent=None)
                self.absorbing = False
                return
            self.notes = False
        if m is None and words(t) <= HEADING_MAX_WORDS and is_front(u):
            # A date, place-and-date or metadata line below the head: never a heading
            # (it names no section) and never part of a clause.
            role = "body" if self.body_started else "front-matter"
            self._paragraph(u, role=role, parent=None)
            self.absorbing = False
            return
        self.body_started = True
        if self.awaiting_title is not None:
            if m is None and self._takes_title(u):
                return
            self.awaiting_title = None
        if m is None and self._capital_item(u, nxt):
            return
        if m is not None and _TOC_LINE_RE.search(t):
            m = None  # "1. Contexte ........ 3": a table of contents entry, not the clause
        opens_quote = t.lstrip()[:1] in _OPENING_QUOTES
        if m is not None and m.kind != "bullet" and (
            self.foreign is not None or (self.quoted and not opens_quote)
        ):
            m = None  # a provision of another instrument: its number is not the document's
        self.quoted = _still_quoted(t, self.quoted and not opens_quote)
        if m is None and u.role is None and not u.line.heading_level:
            cut = self._run_in_start(u)
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
        if self._is_heading(u, nxt):
            if self._marginal_note(u, nxt):
                return
            self._heading(u)
            return
        self._text(u)

    # -- numbered units -------------------------------------------------------
    def _numbered(self, u: Unit, m: Marker) -> None:
        self._numbered_one(u, m)
        if self.pending is not None:
            rest, inner = self.pending
            self.pending = None
            self._numbered_one(rest, inner)

    def _numbered_one(self, u: Unit, m: Marker) -> None:
        if m.kind == "division":
            self._division(u, m)
        elif m.kind == "article":
            self._article(u, m)
        elif m.kind == "heading":
            self._numbered_heading(u, m)
        elif m.kind == "number":
            if self._in_article() and "." not in m.value:
                self._item(u, Marker("item", m.label, m.value, m.end, "number"))
            else:
                self._paragraph_number(u, m)
        else:
            self._item(u, m)

    def _in_article(self) -> bool:
        c = self.container
        return c is not None and self.blocks[c].number.startswith(
            load_numbering().article.form + " "
        )

    def _division(self, u: Unit, m: Marker) -> None:
        if self._cited_before(m.value):
            self._repeated(u)
            return
        rank = division_rank(m.value)
        while self.divisions and division_rank(self.blocks[self.divisions[-1]].number) >= rank:
            self.divisions.pop()
        parent = self.divisions[-1] if self.divisions else None
        self._close(outline=True, container=True)
        idx = self._heading_clause(u, m, m.value, parent)
        self.divisions.append(idx)

    def _article(self, u: Unit, m: Marker) -> None:
        if self._cited_before(m.value):
            self._repeated(u)
            return
        parent = self.divisions[-1] if self.divisions else None
        self._close(container=True)
        idx = self._heading_clause(u, m, m.value, parent)
        self.container = idx

    def _numbered_heading(self, u: Unit, m: Marker) -> None:
        value = m.value
        if not value[0].isdigit() and not self._in_sequence(value):
            self._text(u)  # "J. BORRELL FONTELLES": a name, not section J
            return
        romans = [k for k in self.outline if self.blocks[k].family == "roman"]
        if len(value) == 1 and value.isalpha() and romans and (
            len(value) == 1 and (value not in "IVXLC" or self._continues_capital(value))
        ):
            # a capital section under a roman one is cited under it: II(A) (guidelines §1a:
            # what sits under a number is appended in parentheses)
            value = f"{self.blocks[romans[-1]].number}({value})"
            m = Marker(m.kind, m.label, value, m.end, m.family)
        if self._cited_before(value):
            self._repeated(u)
            return
        if value[0].isdigit():
            if "." in value:  # "2.3 Coopération avec l'OSCE": a decimal clause set as a heading
                self._paragraph_number(u, m, heading=True)
                return
            parent = self._outer()
            self._close(container=True)
            self.container = self._heading_clause(u, m, value, parent)
            return
        last = value.rstrip(")").rsplit("(", 1)[-1]
        letter = len(last) == 1 and (last not in "IVXLC" or self._continues_capital(last))
        if letter:
            self._close(container=True)
            self.outline = [k for k in self.outline if self.blocks[k].family != "capital"]
        else:
            self._close(container=True, outline=True)
        parent = self._outer()
        idx = self._heading_clause(u, m, value, parent)
        self.blocks[idx].family = "capital" if letter else "roman"
        self.outline.append(idx)

    def _capital_item(self, u: Unit, nxt: Unit | None) -> bool:
        """``A. considérant que …;`` then ``B. considérant …``: lettered recitals, cited A, B
        (a capital letter before a sentence is a recital only in an A, B, C … sequence)."""
        cm = _CAPITAL_ITEM_RE.match(u.text)
        if cm is None:
            return False
        value = cm.group(1)
        prev = self.blocks[self.anchor] if self.anchor is not None else None
        follows = prev is not None and prev.family == "capital-item" and (
            _next_letter(prev.number) == value.lower()
        )
        opens = value == "A" and nxt is not None and nxt.text.startswith("B.")
        if not (follows or opens) or self._cited_before(value):
            return False
        m = Marker("heading", cm.group(0), value, cm.end())
        self._close()
        idx = self._clause(u, m, value, self._outer(), None, body_text(u.text[cm.end():]),
                           u.start + cm.end())
        self.blocks[idx].family = "capital-item"
        self.anchor = idx
        return True

    def _in_sequence(self, value: str) -> bool:
        """A roman or capital section heading opens its sequence (I, A) or continues it; a
        first roman may start anywhere (an excerpt from section VII on)."""
        romans = [b.number for b in self.blocks if b.kind == "clause" and b.family == "roman"]
        capitals = [b.number for b in self.blocks if b.kind == "clause" and b.family == "capital"]
        if value in ("A", "I") or (
            capitals and _next_letter(capitals[-1].rstrip(")")[-1]) == value.lower()
        ):
            return True
        rv = roman_value(value)
        if rv is None or (len(value) == 1 and value not in "IVX"):
            return False
        return not romans or roman_value(romans[-1]) == rv - 1

    def _continues_capital(self, value: str) -> bool:
        caps = [k for k in self.outline if self.blocks[k].family == "capital"]
        last = self.blocks[caps[-1]].number.rstrip(")")[-1] if caps else ""
        return bool(caps) and _next_letter(last) == value.rstrip(")")[-1].lower()

    def _outer(self) -> int | None:
        if self.outline:
            return self.outline[-1]
        return self.divisions[-1] if self.divisions else None

    def _paragraph_number(self, u: Unit, m: Marker, heading: bool = False) -> None:
        if self.restarting and self.outline and m.value.isdigit():
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
            prefix = number[: len(number) - len(m.value)] + prefix
            if prefix in self.seen:
                parent = self.seen[prefix]
                break
        if parent is None:
            parent = self._outer()
        self._close()
        heading = heading or u.line.heading_level is not None or u.line.all_bold(self.text)
        rest = u.text[m.end:]
        if heading:
            title: str | None = clean_title(rest) or None
            body, body_start = "", u.end
        elif self._standalone_heading(u, m):
            title, body, body_start = clean_title(rest) or None, "", u.end
        else:
            title, body_start = run_in_title(u, m, self.text)
            if title is None:
                title, body_start = self._colon_title(u, body_start)
            body = body_text(self.text[body_start:u.end])
        idx = self._clause(u, m, number, parent, title, body, body_start)
        self.anchor = idx

    def _in_annex(self, number: str) -> str:
        """An annex whose numbering starts again at 1 has its own number space; one that
        carries the document's only numbering (a Council cover note) keeps plain numbers."""
        if self.annex is None:
            return number
        if not self.annex_restarted:
            if number not in self.seen:
                return number
            self.annex_restarted = True
        return f"{self.annex}({number})"

    def _cited_before(self, number: str) -> bool:
        """The number belongs to an earlier clause than the last one: this line is not
        that clause again. The same number twice in a row ("2. Two. 2. Two again.") is
        kept, as the editing slip that ``ctdocs validate`` reports."""
        k = self.seen.get(number)
        if k is None:
            return False
        last = next((j for j in range(len(self.blocks) - 1, -1, -1)
                     if self.blocks[j].kind == "clause"), None)
        return k != last or self._after_repeat

    def _repeated(self, u: Unit) -> None:
        """A number already cited in its space: a footnote ("1 Voir également …") or a
        running header ("2  Counter-Terrorism Act 2019 (c. 3)"), not a second clause."""
        self._after_repeat = True  # the notes that follow are notes too
        role = "footnote" if words(u.text) <= 60 else "body"
        self._paragraph(u, role=role, parent=None)
        self.absorbing = False

    def _standalone_heading(self, u: Unit, m: Marker) -> bool:
        """``1.1. Des menaces …`` alone on its line above running text: a numbered heading
        whose text is its title (no closing punctuation, capitalised, not too long)."""
        rest = u.text[m.end:].strip()
        nxt = self._next
        if not rest or TERMINAL_END.search(rest) or words(rest) > 30 or rest[0] in "[(":
            return False
        first = next((ch for ch in rest if ch.isalnum()), "")
        if not first or not (first.isupper() or first.isdigit()):
            return False
        if nxt is None:
            return False
        nm = self.marker(nxt)
        if nm is not None and nm.kind == "number" and nm.value.startswith(m.value + "."):
            return True  # "1. Une menace …" above "1.1 Le recul …": the heading of its part
        if nm is not None and nm.kind != "bullet":
            return False
        # the next line opens a sentence of its own (not "1373 (2001) du …" or "membres du …",
        # the rest of a paragraph that a page break cut)
        lead = next((ch for ch in nxt.text if ch.isalnum()), "")
        return nm is not None or lead.isupper()

    def _colon_title(self, u: Unit, after: int) -> tuple[str | None, int]:
        cm = _COLON_TITLE_RE.match(self.text, after, u.end)
        if cm and words(cm.group(1)) <= _COLON_TITLE_MAX_WORDS:
            return clean_title(cm.group(1)), cm.end()
        lm = _SHORT_COLON_TITLE_RE.match(self.text, after, u.end)
        if lm and words(lm.group(1)) <= _SHORT_COLON_TITLE_MAX_WORDS:
            return clean_title(lm.group(1)), lm.end()
        dm = _DASH_TITLE_RE.fullmatch(self.text, after, u.end)
        if dm and words(dm.group(1)) <= _COLON_TITLE_MAX_WORDS:
            return clean_title(dm.group(1)), u.end  # "(a) Prohibited Activities.—" above its items
        sm = _STOP_TITLE_RE.match(self.text, after, u.end)
        if sm and u.end - sm.end() > 40 and _names(sm.group(1)):
            return clean_title(sm.group(1)), sm.end()
        return None, after

    def _heading_clause(self, u: Unit, m: Marker, number: str, parent: int | None) -> int:
        """A numbered heading (article, chapter, roman section, statute section): the rest of
        its line is its title; with none, a heading line right after may give it."""
        raw = u.text[m.end:].strip().lstrip("–—-:.").strip()
        inner = find_marker(raw) if raw else None
        if inner is not None and inner.kind in ("item", "letter", "roman", "number"):
            # "Art. 3. § 1er. Chaque exploitant …": the article opens with its first paragraph
            cut = u.end - len(raw)
            head = Unit(u.start, cut, u.text[: cut - u.start], u.line, page=u.page, bbox=u.bbox)
            idx = self._clause(head, m, number, parent, None, "", cut)
            self.pending = (Unit(cut, u.end, raw, u.line, page=u.page, bbox=u.bbox), inner)
            return idx
        if raw and TERMINAL_END.search(raw) and not raw.endswith("…") and words(raw) > 12:
            # "Mesure 1 – Développer l'esprit critique des élèves … ." : its text, no title
            return self._clause(u, m, number, parent, None, body_text(raw), u.end - len(raw))
        rest = clean_title(raw)
        idx = self._clause(u, m, number, parent, rest or None, "", u.end)
        if not rest:
            self.awaiting_title = idx
        return idx

    def _takes_title(self, u: Unit) -> bool:
        """The line after ``Article 3`` is its heading when it reads as one."""
        k = self.awaiting_title
        assert k is not None
        b = self.blocks[k]
        t = u.text.strip()
        if b.title is not None or not _reads_as_title(u, self.text):
            return False
        b.title = clean_title(t)
        b.end = u.end
        b.body_start = u.end
        self.awaiting_title = None
        return True

    def _item(self, u: Unit, m: Marker) -> None:
        fam = self._family(m, u.line.indent)
        open_fams = [self.blocks[k].family for k in self.items]
        if self.in_definition and fam not in open_fams:
            self._list_item(u, m)
            return
        self.in_definition = False
        if fam in open_fams:
            del self.items[open_fams.index(fam):]
        parent = self.items[-1] if self.items else (
            self.anchor if self.anchor is not None else self.container)
        if parent is None and self.restarting and self.outline:
            parent = self.outline[-1]
        base = self.blocks[parent].number if parent is not None else (
            self.annex if self.annex is not None and self.annex_restarted else "")
        if self._cited_before(f"{base}({m.value})"):
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
                r"[.:—–]\W*$", self.text[u.start + m.end: body_start]
            ):
                # "(a) **authorized foreign banks**, as defined …": a defined term, not a title
                title, body_start = None, u.start + m.end
            if title is None:
                title, body_start = self._colon_title(u, body_start)
            if title is None and self._standalone_heading(u, m):
                title, body_start = clean_title(u.text[m.end:]) or None, u.end
        idx = self._clause(u, m, f"{base}({m.value})", parent, title,
                           body_text(self.text[body_start:u.end]), body_start, start=start)
        self.blocks[idx].family = fam
        self.blocks[idx].item_value = m.value
        self.indent[idx] = u.line.indent
        self.items.append(idx)

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
            if b.family == "letter" and b.item_value.lower() == "h" and (
                indent > self.indent.get(top, 0) or not TERMINAL_END.search(b.text.rstrip())
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
        if rv is not None and (len(v) > 1 or any(self.blocks[j].family == "roman"
                                                 for j in self.items)):
            return "roman"
        return "letter"

    # -- items written inline -------------------------------------------------
    def _run_in_start(self, u: Unit) -> int:
        """Where a numbered sequence starts inside an unnumbered line: a bracketed item
        (``[a.]``), or a ``1.`` that a ``2.`` after a full stop follows in the same line;
        each part five words or more. 0 when there is none."""
        found = [c for c in _RUN_IN_RE.finditer(u.text)]
        for k, c in enumerate(found):
            label = c.group().strip()
            if label.startswith("["):
                return c.start() if label[1] == "a" else 0
            if label != "1.":
                continue
            two = next((d for d in found[k + 1:] if d.group().strip() == "2."), None)
            if two is None or not u.text[: two.start()].rstrip().endswith((".", ";", ":")):
                continue
            if min(words(u.text[: c.start()]), words(u.text[c.end(): two.start()])) >= (
                _RUN_IN_MIN_WORDS
            ):
                return c.start()
        return 0

    @staticmethod
    def _split(u: Unit, cut: int) -> tuple[Unit, Unit]:
        head = u.text[:cut].rstrip()
        tail = u.text[cut:]
        return (
            Unit(u.start, u.start + len(head), head, u.line, page=u.page, bbox=u.bbox),
            Unit(u.start + cut, u.end, tail, u.line, marker=find_marker(tail),
                 page=u.page, bbox=u.bbox),
        )


    def _inline(self, u: Unit, m: Marker) -> Iterator[tuple[Unit, Marker]]:
        """The unit, cut where items written inline begin (each with its marker)."""
        cuts = list(self._inline_cuts(u, m))
        if not cuts:
            yield u, m
            return
        bounds = [0, *[pos for pos, _ in cuts], len(u.text)]
        markers = [m, *[mk for _, mk in cuts]]
        for k, mk in enumerate(markers):
            s, e = bounds[k], bounds[k + 1]
            piece = u.text[s:e].rstrip()
            yield Unit(u.start + s, u.start + s + len(piece), piece, u.line,
                       page=u.page, bbox=u.bbox, role=u.role), mk

    def _inline_cuts(self, u: Unit, m: Marker) -> Iterator[tuple[int, Marker]]:
        last: dict[str, str] = {}
        own = self._family(m) if m.kind in ("letter", "roman") else (m.family or m.kind)
        last[own] = m.value
        text = u.text
        cands: list[tuple[int, Marker]] = []
        for c in _INLINE_RE.finditer(text, m.end):
            pos = c.start()
            while pos < len(text) and text[pos] == " ":
                pos += 1
            mk = find_marker(text[pos:])
            if mk is None or mk.kind in ("bullet", "heading", "division"):
                continue
            if mk.kind == "article":
                cands.append((pos, mk))
                continue
            before = text[:pos].rstrip()
            joiners = tuple(load_numbering().inline_joiners)
            tail = before.rsplit(None, 1)[-1].lower() if before.split() else ""
            if tail in joiners:
                before = before[: -len(tail)].rstrip()
            if before.endswith((";", ":")) or (mk.kind == "number" and before.endswith(".")):
                cands.append((pos, mk))
        for k, (pos, mk) in enumerate(cands):
            if mk.kind == "article":
                yield pos, mk
                return
            fam = mk.family or mk.kind
            if mk.kind in ("letter", "roman"):
                fam = next(
                    (f for f in ("letter", "roman")
                     if last.get(f) and _successor(f, last[f], mk.value)),
                    "roman" if mk.value.lower() == "i" or mk.kind == "roman" else "letter",
                )
            prev = last.get(fam)
            continues = prev is not None and _successor(fam, prev, mk.value)
            opens = (
                prev is None
                and _first(fam, mk.value)
                and text[:pos].rstrip().endswith(":")
                and any(_successor(fam, mk.value, o.value) for _, o in cands[k + 1:])
            )
            if continues or opens:
                last[fam] = mk.value
                yield pos, mk

    # -- unnumbered units -----------------------------------------------------
    def _is_heading(self, u: Unit, nxt: Unit | None = None) -> bool:
        if u.text.lstrip().startswith("["):  # an editorial note: "[Repealed, 2001, c. 41]"
            return False
        plain = u.line.heading_level is None and not u.line.all_bold(self.text)
        if plain and nxt is not None and self._innermost() is not None:
            # "No person shall" above "(a) …": the lead-in of the open clause's items
            m = self.marker(nxt)
            if m is not None and (m.kind in ("letter", "roman") or (
                m.kind == "item" and m.family != "number"
            )):
                return False  # (a subsection "(2)" is titled by a marginal note instead)
        long_in_clause = (
            self.absorbing
            and u.line.heading_level is None
            and not u.line.all_bold(self.text)
            and words(u.text) > 6
            and not self._heads_headings()
        )
        return heading_like(u, self.text) and not long_in_clause

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
        between = self.text[prev.end:u.start]
        if between.count("\n") > 2 or between.strip():
            return False
        first = u.text.lstrip()[:1]
        connector = u.text.split(None, 1)[0].lower() in _connectors() or (
            prev.text.rsplit(None, 1)[-1].lower() in _connectors()
        )
        return first.islower() or connector

    def _marginal_note(self, u: Unit, nxt: Unit | None) -> bool:
        """``**Extension**`` above ``(2) Despite subsection (1), …``: the subsection's title,
        not a section heading (its number space is open above)."""
        if nxt is None or self.container is None or (u.line.heading_level or 9) <= 2:
            return False
        m = self.marker(nxt)
        if m is None or m.kind not in ("item", "number") or m.family not in ("", "number"):
            return False
        if m.kind == "number" and not self._in_article():
            return False
        self.note = _Note(u, clean_title(u.text))
        return True

    def _heading(self, u: Unit) -> None:
        if self._merges_heading(u):
            prev = self.blocks[-1]
            prev.text = clean_title(f"{prev.text} {u.text}")
            prev.end = u.end
            self.section = prev.text
            return
        heading = clean_title(u.text)
        level = u.line.heading_level or (3 if u.line.all_bold(self.text) else 2)
        if self.foreign is not None and level <= self.foreign:
            self.foreign = None
        if heading.casefold() in {h.casefold() for h in load_numbering().foreign_headings}:
            self.foreign = level
        self.blocks.append(RawBlock(
            "heading", u.start, u.end, heading, section=self.section, level=level,
            page=u.page, bbox=u.bbox,
        ))
        self.section = heading
        self._close(container=True)
        self.in_definition = False
        annex = _annex_space(heading)
        if annex is not None:
            self.annex, self.annex_restarted = annex, False

    def _text(self, u: Unit) -> None:
        """A paragraph: part of the clause it follows, or free."""
        self.in_definition = _is_definition(u, self.text)
        if self.note is not None:  # a marginal note that titled nothing is a paragraph
            self._paragraph(self.note.unit, role="body", parent=self._innermost())
            self.note = None
        if self.current is not None and self.absorbing:
            self.blocks[self.current].end = u.end
            self.absorbed.setdefault(self.current, []).append(body_text(u.text))
            return
        self._paragraph(u, role="body", parent=self._innermost())

    def _bullet(self, u: Unit, m: Marker) -> None:
        parent = self._innermost()
        self.blocks.append(RawBlock(
            "list_item", u.start, u.end, body_text(u.text[m.end:]), section=self.section,
            parent=parent, marker=m.label, page=u.page, bbox=u.bbox,
        ))
        if parent is not None:
            self.blocks[parent].children.append(len(self.blocks) - 1)
        self.absorbing = False

    def _list_item(self, u: Unit, m: Marker) -> None:
        """An item of an unnumbered definition: part of that definition, not a clause."""
        parent = self._innermost()
        self.blocks.append(RawBlock(
            "list_item", u.start, u.end, body_text(u.text), section=self.section,
            parent=parent, marker=m.label.strip(), page=u.page, bbox=u.bbox,
        ))
        if parent is not None:
            self.blocks[parent].children.append(len(self.blocks) - 1)
        self.absorbing = False

    def _footnote(self, u: Unit) -> None:
        """A footnote is its own block: never a clause, a heading, or part of a clause."""
        parent = self._innermost()
        self.blocks.append(RawBlock(
            "paragraph", u.start, u.end, body_text(u.text), section=self.section,
            parent=parent, role="footnote", page=u.page, bbox=u.bbox, note_mark=note_mark(u.text),
        ))
        if parent is not None:
            self.blocks[parent].children.append(len(self.blocks) - 1)
        self.absorbing = False

    # -- bookkeeping ----------------------------------------------------------
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

    def _paragraph(self, u: Unit, *, role: str, parent: int | None) -> None:
        self.blocks.append(RawBlock(
            "paragraph", u.start, u.end, body_text(u.text), section=self.section,
            parent=parent, role=role, page=u.page, bbox=u.bbox,
        ))
        if parent is not None:
            self.blocks[parent].children.append(len(self.blocks) - 1)

    def _clause(self, u: Unit, m: Marker, number: str, parent: int | None, title: str | None,
                body: str, body_start: int, *, start: int | None = None) -> int:
        b = RawBlock(
            "clause", u.start if start is None else start, u.end, body, section=self.section,
            parent=parent, number=number, label=m.label.strip(), title=title,
            depth=(self.blocks[parent].depth + 1) if parent is not None else 1,
            parent_number=self.blocks[parent].number if parent is not None else None,
            body_start=body_start, page=u.page, bbox=u.bbox,
        )
        self.blocks.append(b)
        idx = len(self.blocks) - 1
        if parent is not None:
            self.blocks[parent].children.append(idx)
        self.seen[number] = idx
        self._after_repeat = False
        self.current, self.absorbing = idx, True
        self.note = None
        return idx
