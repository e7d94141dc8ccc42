"""Stage 4 — structure: content units become titled, sectioned, nested blocks.

Reads the units of :mod:`ctdocs.layout._segment` in order and decides, for each, what
it is: the document title, front matter (masthead, distribution, symbol, date,
place-and-date and adoption lines, a subtitle right above them), an unnumbered
heading (which names the section of what follows), a numbered clause (``3.1``,
``18.``, a numbered heading ``16.1 Title``, a run-in title ``16.2.5 Formation
et exercices.``), a lettered or roman sub-item (``1(a)(ii)``), a bullet item,
a signature or closing line, or a paragraph. Clauses nest by their numbers;
sub-items and bullets nest under the clause they follow; a heading closes them.
A date or place line below the head names no section and joins no clause.
Whether ``(i)`` is a letter or a roman numeral depends on the open sequence it
continues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Protocol

from .._knowledge import load_document
from .._offsets import SpanIndex
from ..layout import Unit, is_front_matter, is_masthead, subject_title
from ._blocks import (
    TERMINAL_END,
    TITLE_MAX_WORDS,
    RawBlock,
    Structure,
    clean_title,
    heading_like,
    is_date_line,
    is_front,
    words,
)
from ._capitals import cite_capital_sections
from ._cells import cell_cuts
from ._clauses import Body
from ._contents import listed_notes
from ._fieldlabels import repeated_labels
from ._headingbodies import heading_bodies
from ._listedtitles import listed_titles
from ._lonelines import lone_line_titles
from ._spaces import share_range_text
from ._stoptitles import lone_stop_titles, named_stop_titles
from ._termtitles import line_titles
from ._title import choose_title
from ._titlefit import fitted_run_in_titles

__all__ = ["NoteLink", "RawBlock", "Structure", "build", "link_footnotes"]


# a line that is only a Markdown link ("[Skip to content](#main)", "[← Back](../index.md)")
# or an HTML comment left in a Markdown export: a page's navigation or a converter's note,
# never its title
_LINK_OR_COMMENT = re.compile(r"^\s*(?:!?\[[^\]\n]*\]\([^)\n]*\)\s*)+$|^\s*<!--")


def _stamp_follows(noise: list[Unit], content: list[Unit], i: int) -> bool:
    """A page stamp ("Mis à jour le …", set aside as noise) within the three lines after
    line ``i``: a web page's title is the heading such a stamp follows."""
    start = content[i].end
    end = content[i + 3].start if i + 3 < len(content) else 1 << 62
    return any(n.noise == "metadata" and start <= n.start < end for n in noise)


def build(units: list[Unit], text: str) -> Structure:
    """The blocks of a document from its units, in reading order.

    Noise units are set aside (kept, with their reasons); the head is read first
    (masthead and front matter, the title, a subtitle and front matter below it:
    :class:`_Head`), then everything after it is the body, read by
    :class:`ctdocs.structure._clauses.Body` into sections and the clause tree.
    """
    noise = [u for u in units if u.noise]
    content = [u for u in units if not u.noise]
    if notes := listed_notes(noise, content):  # running heads that are marginal notes
        back = {u.start for u in notes}
        noise = [u for u in noise if u.start not in back]
        content = sorted([*content, *notes], key=lambda u: u.start)
    head = _Head(content, text)
    head.read_front()
    if head.read_title(noise):
        head.read_below_title()
    title = choose_title(units, head.title)
    if title is None:
        # no title line: an EU cover note names its subject in the head ("Subject: ...")
        title = next(
            (s for b in head.blocks if b.role == "front-matter" if (s := subject_title(b.text))),
            None,
        )
    body = Body(head.blocks, text, noise)
    body.doc_title = title
    body.read(content[head.i :])
    bold = sorted({(s, e) for u in content for s, e in u.line.bold_spans})
    lone_stop_titles(body.blocks, body.stop_cuts, text, bold, body.label_cuts)
    lone_line_titles(body.blocks, content, text)  # a first line no sibling titles so
    line_titles(body.blocks, text)  # a title line over the body, where siblings are titled
    named_stop_titles(body.blocks, text)  # "Mesure 1. Renforcer la coopération. Les …"
    repeated_labels(body.blocks, text)  # "4. Co-lead countries: …", "5. Co-lead countries: …"
    fitted_run_in_titles(body.blocks, text, bold)  # the learned second look, where sure
    share_range_text(body.blocks, text)  # "3.1 to 3.4 [Repealed …]": one note, each number's
    cite_capital_sections(body.blocks)  # II(A) -> A, or II.A where letters repeat
    heading_bodies(body.blocks)  # "1. ÉDITORIAL" / "Chers lecteurs, …": the heading's body
    if body.furniture:  # page furniture the body reader recognised by its numbering
        noise = sorted(
            [*noise, *(replace(u, noise=reason) for u, reason in body.furniture)],
            key=lambda n: n.start,
        )
    listed_titles(body.blocks, noise, text)  # the names a contents list gives the clauses
    return Structure(
        blocks=head.blocks,
        noise=noise,
        title=title,
        front_end=head.front_end,
        cells=cell_cuts(content),
    )


# A front matter's fences, and a field of its record ("title: …", "titre = …").
_FENCES = frozenset({"---", "+++"})
_FIELD_RE = re.compile(r"""^['"]?([\w-]+)['"]?\s*[:=]\s*(.*)$""")


@cache
def _title_keys() -> tuple[str, ...]:
    """How a record's key naming the page's title ends, every language's (``title_key``,
    ``document.toml``): "long_title", "page-title", "titre"."""
    keys = {w.casefold() for c in load_document().languages.values() for w in c.title_key}
    return tuple(sorted(keys))


def _field(text: str) -> tuple[bool, str] | None:
    """A record's field: whether its key names the page's title, and its value."""
    m = _FIELD_RE.match(text.strip())
    if m is None:
        return None
    return m[1].casefold().endswith(_title_keys()), _squeeze(m[2].strip("'\" "))


def _record_names(noise: list[Unit], u: Unit) -> bool:
    """Whether a record's field above ``u``, set aside with the page's chrome, names it as
    the page's title (``Title: Measures against Unauthorised Drones`` over ``MEASURES
    AGAINST UNAUTHORISED DRONES``): the page itself says the heading is its title, not a
    section's, as front matter under it would."""
    own = _squeeze(clean_title(u.text))
    fields = (_field(n.text) for n in noise if n.end <= u.start and n.noise == "metadata")
    return any(f is not None and f[0] and f[1] == own for f in fields)


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(slots=True)
class _Head:
    """The head of a document as it is read, line by line from ``content[i]``.

    One reader with its position rather than a function with closures: the three
    steps (front matter, title, what stands below the title) share the blocks
    made so far, where the head ends, and whether the last front line was a date.
    """

    content: list[Unit]
    text: str
    blocks: list[RawBlock] = field(default_factory=list)
    i: int = 0
    title: str | None = None
    front_end: int = 0
    prev_front_date: bool = False

    def front(self, u: Unit) -> None:
        """Keep ``u`` as a front-matter paragraph: the head now ends after it."""
        self.blocks.append(
            RawBlock(
                "paragraph",
                u.start,
                u.end,
                clean_title(u.text),
                role="front-matter",
                page=u.page,
                bbox=u.bbox,
            )
        )
        self.front_end = u.end
        self.prev_front_date = is_date_line(u.text)  # a place line may follow a bare date

    def read_front(self) -> None:
        """Masthead and front-matter lines above the title."""
        content = self.content
        while self.i < len(content) and (
            (is_masthead(content[self.i].text) and content[self.i].marker is None)
            or is_front(content[self.i])
        ):
            self.front(content[self.i])
            self.i += 1

    def read_title(self, noise: list[Unit]) -> bool:
        """The title: the first heading-like line. After web chrome, only a level-1 heading
        or a line that front matter (an "Updated:" or date line) follows: otherwise the page
        is a fragment and its first heading names a section."""
        while self.i < len(self.content) and _LINK_OR_COMMENT.match(self.content[self.i].text):
            self.front(self.content[self.i])  # a skip link, a converter's comment: kept, passed
            self.i += 1
        content, i = self.content, self.i
        chrome_before = bool(content) and any(
            n.start < content[0].start and n.noise in ("web-chrome", "caption") for n in noise
        )
        if i < len(content) and self._under_record(content, i, noise):
            return False
        if not (
            i < len(content)
            and content[i].marker is None
            and heading_like(content[i], self.text, TITLE_MAX_WORDS)
            and (
                not chrome_before
                or content[i].line.heading_level == 1
                # a web page's title: front matter ("Issued on", "Last updated") within the
                # next three lines (a one-sentence summary may stand between)
                or any(is_front(u) for u in content[i + 1 : i + 4])
                or _stamp_follows(noise, content, i)
                or _record_names(noise, content[i])
            )
        ):
            return False
        u = content[i]
        self.title = title = clean_title(u.text)
        self.blocks.append(
            RawBlock("paragraph", u.start, u.end, title, role="title", page=u.page, bbox=u.bbox)
        )
        self.front_end = u.end
        self.i += 1
        return True

    @staticmethod
    def _under_record(content: Sequence[Unit], i: int, noise: list[Unit]) -> bool:
        """``## Contexte`` first under a page's record (the YAML or TOML front matter a
        static site keeps, which names the page's title): a heading below level 1 there is
        the body's first section, as it would be under web chrome, when the record names
        another title (``title: Plan de continuité``) or a heading of its level follows
        (``## Measures``); a level-1 heading, a heading the record's title repeats, the
        one heading of its level under a record naming no title, a heading under a mere
        markup line (``<a name="top"></a>``), any other line may still be the title."""
        u = content[i]
        level = u.line.heading_level
        if not level or level < 2:
            return False
        record = [n for n in noise if n.noise == "repository" and n.end <= u.start]
        if (
            not record
            or record[0].text.strip() not in _FENCES
            or record[0].start > (content[0].start if content else u.start)
        ):
            return False  # no front matter opens the text
        own = _squeeze(clean_title(u.text))
        fields = [f for n in record if (f := _field(n.text)) is not None]
        if any(value == own for _, value in fields):
            return False  # "title: Continuity plan" over "## Continuity plan"
        if any(names for names, _ in fields):
            return True  # the record names another title
        return any(c.line.heading_level == level for c in content[i + 1 :])

    def read_below_title(self) -> None:
        """One heading-like line right below the title (before its front matter), then the
        front matter that follows the title."""
        content = self.content
        subtitle_ok = True
        while self.i < len(content):
            u = content[self.i]
            if subtitle_ok and self._subtitle(self.i):
                # "Meeting of the NATO-Russia Council at the level of Ambassadors" above
                # "Brussels, 9 March 2011": a subtitle, part of the head, not a section.
                self.front(u)
                self.i += 1
                subtitle_ok = False
                continue
            subtitle_ok = False
            t = u.text.strip()
            if is_front(u) or (
                self.prev_front_date
                and u.marker is None
                and words(t) <= 4
                and not TERMINAL_END.search(t)
                and u.line.heading_level is None
            ):
                self.front(u)
                self.i += 1
                continue
            break

    def _subtitle(self, i: int) -> bool:
        """Whether line ``i`` is a heading-like line that front matter follows."""
        content, u = self.content, self.content[i]
        return (
            u.marker is None
            and u.line.heading_level is None
            and heading_like(u, self.text)
            and i + 1 < len(content)
            and content[i + 1].marker is None
            and is_front_matter(content[i + 1].text)
        )


@dataclass(frozen=True, slots=True)
class NoteLink:
    """A footnote call linked to its note: span, mark, and block indexes."""

    start: int
    end: int
    mark: str
    block: int | None  # block the call stands in
    note: int  # the footnote block


class _Call(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def mark(self) -> str: ...
    @property
    def page(self) -> int: ...


def link_footnotes(blocks: Sequence[RawBlock], calls: Sequence[_Call]) -> list[NoteLink]:
    """Link each footnote call to the note with its mark, on its page or the next ones.

    A call with no such note is not a call (a squared unit, a raised ordinal)
    and is left out. Numbering that restarts on each page is why the page is
    matched first.
    """
    notes = [k for k, b in enumerate(blocks) if b.role == "footnote" and b.note_mark]
    index = SpanIndex(blocks, [(b.start, b.end) for b in blocks])
    links: list[NoteLink] = []
    for c in calls:
        best: int | None = None
        for k in notes:
            b = blocks[k]
            if b.note_mark != c.mark or (b.page or 0) < c.page:
                continue
            if best is None or (b.page or 0) < (blocks[best].page or 0):
                best = k
        if best is None:
            continue
        links.append(NoteLink(c.start, c.end, c.mark, index.holding(c.start), best))
    return links
