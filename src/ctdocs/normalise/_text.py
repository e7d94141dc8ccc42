"""Stage 2 — normalise: markup and layout out, words kept, offsets mapped back.

The output ``text`` is what every span in a Document points into. It keeps the
input's words in order and changes only:

* line ends (CRLF, CR → LF) and runs of blank lines (→ one blank line);
* Markdown markup (``#`` heading marks, ``**``/``__`` emphasis, ``*italic*``,
  inline tags such as ``<sup>``) — removed, but remembered per line as the
  heading level and the bold stretches, which later stages read as signals;
* odd spaces (no-break, thin, zero-width, soft hyphen) and runs of spaces;
* typographic ligatures, spelt out (``ﬁ`` → ``fi``, :mod:`ctdocs.normalise._ligatures`)
  so that every later matcher reads letters, each letter mapped to the ligature;
* line breaks that are layout, not structure: a line that goes on with a
  lower-case word after a line that did not end a sentence, a Markdown hard
  break (two trailing spaces; a web page's ``<br>`` only inside a sentence or a
  long line of prose: between short lines, a record's fields or an address, it
  is the page's own line break), a Markdown soft break (a line followed by a
  line that opens no block; not between two ``Label : value`` fields), a
  line ending on a function word or a comma, and a bold span left open
  across lines — these are joined with one space.
  A line of page furniture (page number, running header or footer, as listed
  in ``layout.toml``) is never joined to its neighbours, nor is a paged text's
  running head: the short line after a form feed, and the line under it when the
  same line stands under the head on two pages or more (``TLP:CLEAR  Réf. : …`` under
  the publisher's name), which a sentence going on from the page before would
  otherwise swallow. These joining rules live in :mod:`ctdocs.normalise._joins`.

Each logical :class:`Line` remembers where hard breaks joined it
(``breaks``), whether it is one of a run of record fields (``field``) and
whether a line of only no-break spaces followed it
(``spacer_after``: the empty paragraph a web page leaves after a figure or a
section), signals the layout stage reads.

``anchors`` maps output offsets back to input offsets: from each
``(out, inp)`` anchor on, both advance together until the next anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .._markers import MARKER_RE
from .._offsets import Anchor, Span
from ._bareline import dirty
from ._joins import (
    _WIDE,
    BrokenWords,
    _should_join,
    _width_of,
    broken_word,
    continuation_words,
    layout_wraps,
)
from ._ligatures import LIGATURE_CHARS, LIGATURES, spell_ligatures
from ._linekinds import (
    YAML_MAX_LINES,
    comment_block_offsets,
    front_matter_block,
    is_image_line,
    is_markup_line,
    jsx_block_offsets,
    markdown_only,
    page_foot,
    page_furniture,
)
from ._markdown import markdown_deletions, pieces_between
from ._menulines import field_line
from ._pageheads import PageHeads, second_heads
from ._physline import PhysLine

__all__ = [
    "MARKER_RE",
    "Line",
    "NormalisedText",
    "front_matter_block",
    "is_image_line",
    "is_markup_line",
    "normalise",
    "page_furniture",
]

_LEAD_GAP_RE = re.compile(r"^[ \t]*[\w°.()]{1,6}[ \t]{2,}\S")
_SPACE_RE = re.compile(
    r"[ \t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v]+"
)
# The same runs, except a lone ASCII space (which needs no folding): a space and more,
# or one that is not an ASCII space.
_ODD_SPACE_RE = re.compile(
    r"[ \t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v]"
    r"(?:[ \t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v]+"
    r"|(?<=[\t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v]))"
)
# What a line drops, or spells out (a ligature): one scan finds both.
_DROP_RE = re.compile(rf"[\u200b\u200c\u200d\u2060\ufeff\u00ad{LIGATURES}]")
# Characters that make an otherwise empty line a "spacer" (an emptied paragraph).
_SPACER_CHARS = frozenset("\u00a0\u202f\u2007\u200b\u2060\ufeff")


@dataclass(slots=True)
class Line:
    """One logical line of the normalised text (physical lines joined by layout)."""

    start: int
    end: int
    heading_level: int | None = None
    bold_spans: list[Span] = field(default_factory=list)
    blank_before: bool = False
    indent: int = 0
    breaks: list[int] = field(default_factory=list)  # offsets of hard-break joins
    spacer_after: bool = False  # followed by a line of only no-break spaces
    # The first token stands apart by two or more spaces, as a number does in its own
    # column ("1   La présente Convention", "a   « infraction »"): the gap is folded
    # out of the text, so it is kept here.
    lead_gap: bool = False
    markup: bool = False  # repository markup: front matter, an HTML-only or shortcode line
    # Wholly in one emphasis span (``*…*``, ``_…_``, ``<em>…</em>``): the markup is deleted,
    # the emphasis kept here, where an editor's note set in italics is told by it.
    italic: bool = False
    # One of two or more "Label : value" lines in a row, kept apart: a record's field,
    # never a heading (``Organe : Comité des droits de l'homme``)
    field: bool = False
    page: int = 1  # the page it opens on: form feeds before it, plus one (a PDF's text copy)

    def all_bold(self, text: str) -> bool:
        """True when every non-space character of the line lies inside a bold span."""
        if not self.bold_spans:
            return False
        inside = sum(
            len(text[max(s, self.start) : min(e, self.end)].replace(" ", ""))
            for s, e in self.bold_spans
        )
        total = len(text[self.start : self.end].replace(" ", ""))
        return total > 0 and inside >= total


@dataclass(slots=True)
class NormalisedText:
    text: str
    anchors: list[Anchor]
    lines: list[Line]
    # Output offsets of the spaces that join a physical line to the one right above it (a
    # wrapped line): the indent of the line below is folded there.
    joins: list[int] = field(default_factory=list)


_NEWLINE_RE = re.compile(r"\r\n|\r|\n")


def _physical_lines(raw: str) -> Iterator[tuple[str, int]]:
    """Each physical line with its offset, one at a time: a list of millions of
    one-character lines, each with its cleaned twin, costs a hundred times the text."""
    pos = 0
    if "\r" not in raw:  # speed: only "\n" ends a line; str.find, no match objects
        find = raw.find
        end = find("\n")
        while end >= 0:
            yield raw[pos:end], pos
            pos = end + 1
            end = find("\n", pos)
        yield raw[pos:], pos
        return
    for m in _NEWLINE_RE.finditer(raw):
        yield raw[pos : m.start()], pos
        pos = m.end()
    yield raw[pos:], pos


def _head_lines(raw: str) -> list[str]:
    """The leading lines :func:`front_matter_block` may look at: the blank ones, the
    first other one and the few a front matter may span after it."""
    out: list[str] = []
    left = -1
    for line, _ in _physical_lines(raw):
        out.append(line)
        if left < 0 and line.strip():
            left = YAML_MAX_LINES + 2
        if left >= 0:
            left -= 1
            if left == 0:
                break
    return out


def _bare(line: str, base: int) -> PhysLine:
    """What :func:`_clean` makes of a line with nothing to clean (:func:`_is_bare`): the
    line as one piece, without the cleaning passes (most lines of a text; millions in a
    text of short lines)."""
    return PhysLine(
        [(line, base)] if line else [],
        None,
        [],
        False,
        0,
        base + len(line),
        False,
        bool(line) and page_furniture(line) is not None,
        False,  # _LEAD_GAP_RE needs a tab or two spaces, which make a line dirty
    )


# Speed: lines with nothing to clean skip the cleaning passes, and a line of one piece
# has its spaces folded in place (False: every line goes through the passes and the walk
# of _fold_spaces, the plain path tests/test_speedups.py compares with).
skip_bare_lines = True


def _is_bare(line: str, markdown: bool) -> bool:
    """Nothing for :func:`_clean` to do: no odd or doubled space, no invisible character,
    no space at either end; in Markdown, no character that opens markup either (``*``,
    ``_``, ``<``, a heading's ``#``, a hard break's backslash, a task list's box). Most
    lines of a text, and of a Markdown file too (its paragraphs)."""
    if not skip_bare_lines or dirty(line):
        return False
    return not markdown or (
        "*" not in line
        and "_" not in line
        and "<" not in line
        and not line.endswith("\\")
        and line.lstrip()[:1] != "#"
        and "[" not in line[:8]  # a task list's box after its bullet ("- [ ] …", "* [x] …")
    )


def _clean(line: str, base: int, markdown: bool) -> PhysLine:
    """Remove markup and odd spaces from one physical line, keeping offsets (a bare line
    as it is: :func:`_is_bare`)."""
    if _is_bare(line, markdown):
        return _bare(line, base)
    return _clean_passes(line, base, markdown)


def _clean_passes(line: str, base: int, markdown: bool) -> PhysLine:
    """Remove markup and odd spaces from one physical line, keeping offsets.

    In steps: the spans to drop (markup, odd characters), the pieces of text
    between them with their input offsets, spaces folded across pieces, and where
    each bold toggle falls in the cleaned line.
    """
    heading_level = None
    hard_break = markdown and (line.endswith("  ") or line.endswith("\\"))
    indent = len(line) - len(line.lstrip(" \t\u00a0"))
    deletions: list[tuple[int, int]] = []  # spans of the line to drop
    toggles_at: list[int] = []  # line offsets of ** tokens
    if markdown:
        heading_level = markdown_deletions(line, deletions, toggles_at)
        if hard_break and line.endswith("\\"):
            deletions.append((len(line) - 1, len(line)))
    ligature = False
    for d in _DROP_RE.finditer(line):
        if d.group() in LIGATURE_CHARS:
            ligature = True
        else:
            deletions.append((d.start(), d.end()))
    deletions.sort()
    merged = _fold_spaces(pieces_between(line, base, deletions))
    if ligature:
        merged = spell_ligatures(merged)
    toggles = _toggle_positions(merged, [base + t for t in sorted(toggles_at)])
    text = "".join(seg for seg, _ in merged)
    spacer = not text and any(ch in _SPACER_CHARS for ch in line)
    furniture = bool(text) and page_furniture(text) is not None
    lead_gap = bool(_LEAD_GAP_RE.match(line))
    italic = markdown and bool(text) and _WHOLE_EMPHASIS_RE.fullmatch(line.strip()) is not None
    return PhysLine(
        merged,
        heading_level,
        toggles,
        hard_break,
        indent,
        base + len(line),
        spacer,
        furniture,
        lead_gap,
        italic=italic,
    )


# A line wholly in one emphasis span: single stars or underscores hugging the words, or an
# <em>/<i> element (opens on a character class; tried on the stripped line only).
_WHOLE_EMPHASIS_RE = re.compile(
    r"[*_<](?:(?<=\*)(?=[^\s*])[^*\n]*[^\s*]\*|(?<=_)(?=[^\s_])[^_\n]*[^\s_]_"
    r"|(?<=<)(em|i)\b[^>\n]*>.*</\1\s*>)",
    re.IGNORECASE,
)


def _fold_spaces(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Runs of odd or multiple spaces folded to one space, across pieces; both ends stripped.

    A lone ASCII space is already folded: it stays inside its piece (far fewer pieces).
    """
    if skip_bare_lines and len(pieces) == 1:  # speed: one piece, its inner spaces each alone
        seg, off = pieces[0]
        flat = _one_spaces(seg)
        core = flat.strip(" ")
        if "  " not in core:
            # each odd space one space, in place, and the ends dropped: the pieces the
            # walk below would give, joined (pieces that follow on in the input write
            # the same text and anchors as one)
            return [(core, off + len(flat) - len(flat.lstrip(" ")))] if core else []
    folded: list[tuple[str, int]] = []
    for seg, off in pieces:
        last = 0
        for sm in _ODD_SPACE_RE.finditer(seg):
            if sm.start() > last:
                folded.append((seg[last : sm.start()], off + last))
            folded.append((" ", off + sm.start()))
            last = sm.end()
        if last < len(seg):
            folded.append((seg[last:], off + last))
    merged: list[tuple[str, int]] = []
    for seg, off in folded:
        if seg[0] == " " and (not merged or merged[-1][0].endswith(" ")):
            seg, off = seg[1:], off + 1  # a space after a space (or at the start) goes
            if not seg:
                continue
        merged.append((seg, off))
    while merged and merged[-1][0] == " ":
        merged.pop()
    if merged and merged[-1][0].endswith(" "):
        seg, off = merged[-1]
        merged[-1] = (seg.rstrip(" "), off)
    return merged


# The characters of _ODD_SPACE_RE but the ASCII space: each alone is one space.
_ODD_SPACES = "\t\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\f\v"


def _one_spaces(seg: str) -> str:
    """``seg`` with each odd space made an ASCII space, character for character (a
    replace per odd space it holds: a few C scans, where a table would look up each
    character)."""
    for ch in _ODD_SPACES:
        if ch in seg:
            seg = seg.replace(ch, " ")
    return seg


def _toggle_positions(merged: list[tuple[str, int]], toggles_in: list[int]) -> list[int]:
    """Where each bold toggle (sorted input offsets) falls in the cleaned line: exact, via
    input offsets. Toggles and pieces both run left to right: one walk over the pieces."""
    toggles: list[int] = []
    k = 0
    done = 0  # length of the pieces before piece k
    for at_in in toggles_in:
        while k < len(merged) and at_in >= merged[k][1] + len(merged[k][0]):
            done += len(merged[k][0])
            k += 1
        toggles.append(done + (max(0, at_in - merged[k][1]) if k < len(merged) else 0))
    return toggles


def normalise(raw: str, *, markdown: bool, web: bool = False) -> NormalisedText:
    """Normalise ``raw`` (already decoded text) as described in the module docstring.

    Each physical line is cleaned on its own (:func:`_clean`), then written out
    joined to the line before (a wrapped sentence) or on a line of its own. ``web``: the
    text is a web page's, whose hard breaks are its ``<br>``, the page's own line breaks
    (a Markdown file's trailing spaces are often a converter's leftover: "Distr. générale").
    """
    cont_words = continuation_words()
    yaml_end, jsx = _page_code(raw, markdown)
    long, bare, width = _long_lines(raw, markdown)
    w = _Writer()
    prev: PhysLine | None = None
    prev_text = prev_line = ""  # the line before, cleaned and as read (a page's foot)
    prev_alone = False  # the line before opened its logical line (no line joined it)
    blank_run = 0
    first_newline_in = 0
    heads = PageHeads(second_heads(raw) if "\f" in raw else frozenset())
    broken = BrokenWords(raw)
    for k, (line, off, after) in enumerate(_lines_ahead(raw)):
        p = _cleaned(line, off, markdown, long, bare)
        text = p.text
        if heads.running(line, text):
            p.furniture = True  # a page's running head, after the form feed: never joined
        if k < yaml_end or off in jsx or (p.pieces and _markup_line(text, markdown)):
            p.markup = True
        if not text:
            if prev is not None and blank_run == 0:
                first_newline_in = prev.end_in
            if p.spacer and w.lines:
                w.lines[-1].spacer_after = True
            blank_run += 1
            continue
        joined = False
        if prev is not None:
            join = _should_join(
                prev, prev_text, p, text, blank_run, w.bold_open, cont_words, markdown, after, web
            ) or layout_wraps(
                (prev, prev_text, prev_line), (p, text, line), blank_run, width, after
            )
            sep_in = prev.end_in if blank_run == 0 else first_newline_in
            if join and not (line[:1] == "\f" and page_foot(prev_line)):
                if blank_run == 0:
                    w.wrap(prev.hard_break)
                parts = broken_word(prev_text, text, cont_words) if blank_run == 0 else None
                w.join(sep_in, parts is not None, parts is not None and broken.keeps_hyphen(*parts))
                joined = True
            else:
                w.close_bold(w.pos)
                w.emit("\n\n" if blank_run else "\n", sep_in)
        if not joined:
            w.open_line(p, blank_before=blank_run > 0 or prev is None, page=heads.page)
            _mark_fields(w.lines, blank_run == 0 and prev_alone, prev_text, text)
        w.write(p)
        prev, prev_text, prev_alone, prev_line = p, text, not joined, line
        blank_run = 0
    if w.lines:
        w.close_bold(w.pos)
    return NormalisedText("".join(w.out), w.anchors or [(0, 0)], w.lines, w.joins)


def _cleaned(
    line: str, off: int, markdown: bool, long: dict[int, PhysLine], bare: set[int]
) -> PhysLine:
    """The line at ``off`` cleaned: as the first walk cleaned it (``long``, dropped once
    taken), as it is when that walk found it bare (``bare``: not searched again), else now."""
    if off in long:
        return long.pop(off)
    return _bare(line, off) if off in bare else _clean(line, off, markdown)


def _mark_fields(lines: list[Line], after_alone: bool, prev_text: str, text: str) -> None:
    """Two ``Label : value`` lines in a row, each a line of its own (the one above opened
    its line, no blank between), are fields of a record: both lines say so
    (:attr:`Line.field`), for the stages that would read a short one as a heading."""
    if after_alone and field_line(prev_text) and field_line(text):
        lines[-2].field = lines[-1].field = True


def _page_code(raw: str, markdown: bool) -> tuple[int, frozenset[int]]:
    """The page's code around its text: how many leading lines its front matter takes,
    and where the lines of a Markdown page's multi-line MDX components and comments start."""
    jsx = jsx_block_offsets(raw) if markdown and "\n<" in raw else frozenset()
    return front_matter_block(_head_lines(raw)), jsx | (
        comment_block_offsets(raw) if markdown else frozenset()
    )


def _lines_ahead(raw: str) -> Iterator[tuple[str, int, tuple[int, str] | None]]:
    """Each physical line with its offset and the line after it, as that line's indent and
    its text from the first printed character (None for a blank line or the end of the
    text): a numbered heading over a set-in paragraph is told by the line after the next."""
    lines = _physical_lines(raw)
    cur = next(lines, None)
    while cur is not None:
        nxt = next(lines, None)
        after = None
        if nxt is not None and nxt[0].strip():
            text = nxt[0].lstrip(" \t\u00a0")
            after = (len(nxt[0]) - len(text), text)
        yield cur[0], cur[1], after
        cur = nxt


def _long_lines(raw: str, markdown: bool) -> tuple[dict[int, PhysLine], set[int], int]:
    """The first of two walks over the lines, neither keeping them all: the width of a
    hard-wrapped text, measured on the lines long enough to count (a line shorter than
    _WIDE characters is no longer once cleaned), the lines it had to clean, by input
    offset, and the offsets of those it found bare (:func:`_is_bare`), for the second
    walk (:func:`normalise`), which cleans the others as it goes."""
    long: dict[int, PhysLine] = {}
    bare: set[int] = set()
    lengths: list[int] = []
    for m in _LONG_LINE_RE.finditer(raw):
        line, off = m.group(), m.start()
        if _is_bare(line, markdown):
            lengths.append(len(line))  # a bare line is its own text, cheap to make again
            bare.add(off)
            continue
        p = long[off] = _clean_passes(line, off, markdown)
        lengths.append(len(p.text))
    return long, bare, _width_of(lengths)


@dataclass(slots=True)
class _Writer:
    """The normalised text as it is written: its pieces, their anchors to the input, the
    logical lines, and a bold span that may stay open across lines."""

    out: list[str] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    pos: int = 0
    bold_open: bool = False
    bold_start: int = 0
    joins: list[int] = field(default_factory=list)  # see NormalisedText.joins

    def emit(self, piece: str, in_off: int) -> None:
        """Write ``piece``, read at input offset ``in_off``; an anchor only where the
        output stops running alongside the input."""
        anchors = self.anchors
        if not anchors or anchors[-1][1] + (self.pos - anchors[-1][0]) != in_off:
            anchors.append((self.pos, in_off))
        self.out.append(piece)
        self.pos += len(piece)

    def wrap(self, hard_break: bool) -> None:
        """The next physical line goes on this one right below it: where they join, and
        a hard break there (a Markdown line ending in two spaces or a backslash)."""
        self.joins.append(self.pos)
        if hard_break:
            self.lines[-1].breaks.append(self.pos)

    def join(self, sep_in: int, broken_word: bool, keep_hyphen: bool) -> None:
        """Go on with the next physical line on this logical line: after a space, or, where
        a line end broke a word after a hyphen, with no space: the hyphen taken back
        ("Minis-" over "ters") or kept (``keep_hyphen``: "non-" over "scheduled")."""
        if not broken_word or not self.out[-1].endswith("-"):
            self.emit(" ", sep_in)
        elif not keep_hyphen:
            self.take_back_hyphen()

    def take_back_hyphen(self) -> None:
        """Take back the hyphen that ends what is written (a word a line end broke, joined
        again): the anchor that opened on it goes too, and what ends past it ends there."""
        self.out[-1] = self.out[-1][:-1]
        self.pos -= 1
        while self.anchors and self.anchors[-1][0] >= self.pos and len(self.anchors) > 1:
            self.anchors.pop()
        line = self.lines[-1]
        line.end = min(line.end, self.pos)
        line.bold_spans[:] = [Span(s, min(e, self.pos)) for s, e in line.bold_spans]
        self.bold_start = min(self.bold_start, self.pos)

    def close_bold(self, at: int) -> None:
        """End the open bold span (if any) at ``at``, on the current line."""
        if self.bold_open:
            self.lines[-1].bold_spans.append(Span(self.bold_start, at))
            self.bold_open = False

    def open_line(self, p: PhysLine, *, blank_before: bool, page: int = 1) -> None:
        """Start a logical line with what physical line ``p`` says of itself."""
        self.lines.append(
            Line(
                start=self.pos,
                end=self.pos,
                heading_level=p.heading_level,
                blank_before=blank_before,
                indent=p.indent,
                lead_gap=p.lead_gap,
                markup=p.markup,
                italic=p.italic,
                page=page,
            )
        )

    def write(self, p: PhysLine) -> None:
        """Write the pieces of ``p``, then the bold spans its toggles open and close
        (toggle positions are relative to the cleaned line)."""
        line_start = pos = self.pos
        anchors, out = self.anchors, self.out
        for piece, in_off in p.pieces:  # speed: emit() inline (one call less per line)
            if not anchors or anchors[-1][1] + (pos - anchors[-1][0]) != in_off:
                anchors.append((pos, in_off))
            out.append(piece)
            pos += len(piece)
        self.pos = pos
        if not p.italic:  # a wrapped line out of the emphasis: the line is not wholly in it
            self.lines[-1].italic = False
        for t in p.bold_toggles:
            at = line_start + t
            if self.bold_open:
                self.close_bold(at)
            else:
                self.bold_open = True
                self.bold_start = at
        self.lines[-1].end = self.pos


# A whole line of _WIDE characters or more: a match can only start where a line does,
# which the look-behind says first (else each position of a short line is tried and
# rescans the rest of it: quadratic in the length of the line).
_LONG_LINE_RE = re.compile(rf"(?<![^\r\n])[^\r\n]{{{_WIDE},}}")


def _may_be_markup(text: str) -> bool:
    """Speed: an HTML line holds "<", an image "!" (Markdown) or "." (a file name), a
    shortcode or a template tag "{", a fenced div's fence or a Nuxt component ":", a bracket
    shortcode "[" ("[notice=info]"), an MDX page's import opens with its keyword, a box's or
    a tab's fence with its own ("??? note", "+++ For platforms", "==- Appeals", "```admonish
    tip")."""
    return (
        "<" in text or "." in text or "!" in text or "{" in text or ":" in text or "[" in text
    ) or text.startswith(("import ", "???", "+++", "==-", "==+", "```"))


def _markup_line(text: str, markdown: bool) -> bool:
    """A line of markup; a tab's fence ("+++ Label") only in Markdown (a plain text's line
    may open on the same marks)."""
    if not _may_be_markup(text) or not (is_markup_line(text) or is_image_line(text)):
        return False
    return markdown or not markdown_only(text.strip())
