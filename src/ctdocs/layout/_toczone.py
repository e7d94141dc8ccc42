"""Contents zones: the entries under a contents heading, each paged or printed again
later as a heading (see :mod:`ctdocs.layout._furniture`), and a block with no heading whose page
numbers a PDF's text layer put on lines of their own among the entries. A layout rule; the
structure stage's :mod:`ctdocs.structure._contents` finds contents lists that kept no heading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .._knowledge import load_layout
from ._linekeys import KEY_STRIP, ends_sentence, has_dot_leader, key, unit_key
from ._numbering import find_marker

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["head_words", "heads_prose", "mark_toc_heads", "mark_toc_zone"]

# A contents entry's page number at the end of the line: arabic or lower-case roman; or
# the range of paragraphs it holds, as reports number them ("Introduction  01-08",
# "Executive summary  I-VII"; no year range: "2015-2024" ends a title).
_PAGE_REF_RE = re.compile(
    r"\s+(?:(?!(?:19|20)\d\d$)\d{1,4}|[ivxl]{1,6}"
    r"|(?:\d{1,3}|[IVXL]{1,6})\s?[-–]\s?(?:\d{1,3}|[IVXL]{1,6}))$"
)
_TOC_ENTRY_MAX_WORDS = 15
_PAGE_EDGES = frozenset({"page-header", "page-footer"})


# A section number opening an entry, after a bullet if any: "1 Historique", "- 1.2 Réformes".
_ENTRY_NUMBER_RE = re.compile(r"^(?:[-\u2022*]\s+)?\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=\S)")
# A wiki heading's edit link glued to it: "Historique[modifier | modifier le code]".
_EDIT_LINK_RE = re.compile(r"\s*\[[^\[\]]{1,40}\]\s*$")
_GAP_MAX = 2  # unpaged lines between two entries ("Long Title", "Enacting Formula")
# Unpaged entries closing the list, down to the contents page's number ("Annexes",
# "Abbreviations", "Replies of the Commission", then "3"): a page's end closes them.
_GAP_MAX_AT_END = 4
_PAGE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")
_GAP_MAX_WORDS = 6
_PROSE_WORDS = 12
_STOPS = (".", "!", "?", ";", ":", "»", '"', "”")


def mark_toc_zone(units: Sequence[Unit], toc_heads: frozenset[str]) -> None:
    """The entries under a contents heading: each ends in a page number or comes back
    later in the text as a heading, on one line or on two ("Part 1 Preliminary provisions"
    is printed "Part 1" over "Preliminary provisions" in the body), with or without its
    number ("1 Historique" over the section headed "Historique"). Up to two short lines
    that are neither (an act's "Long Title", "Enacting Formula") are entries too when a
    numbered or paged entry follows them; the list ends at the first line that is none of
    these (the document's title after its contents is no entry, though printed again).
    A contents page set in columns holds two entries a line (see :func:`_columns_entry`)."""
    later = _later_prints(units)
    inside = False
    gap: list[Unit] = []
    listed: set[str] = set()  # the entries of a list in columns, each listed once
    paired = -1  # the last line read as entries side by side
    number: str | None = ""  # the last entry's number ("" before the zone's first entry)
    for i, u in enumerate(units):
        if u.noise == "toc" and unit_key(u) in toc_heads:
            inside, gap, listed, number = True, [], set(), ""
            continue
        if inside and u.noise in _PAGE_EDGES and _toc_entry(units, i, later, edge=True):
            u.noise = "toc"  # an entry a page's foot or head rule took first: still an entry
            continue
        if inside and u.noise == "toc":  # an entry an earlier rule took (a dot leader's)
            number = u.marker.value if u.marker is not None else None
        if not inside or u.noise is not None:
            continue
        if columns := _columns_entry(u, i, later, listed):
            paired = i
        kind = columns or _toc_entry(units, i, later) or _sequel(u, number)
        if kind is not None and (not gap or kind == "strong") and len(gap) <= _GAP_MAX:
            for v in (*gap, u):
                v.noise = "toc"
            gap, number = [], u.marker.value if u.marker is not None else None
        elif u.words() == 1 and i + 1 < len(units) and _heads_entry(units, i + 1, later, number):
            u.noise = "toc"  # a column's head over the entries: "Section", "Page"
        elif gap and _PAGE_NUMBER_RE.match(u.text):
            for v in (*gap, u):  # the last entries, unpaged, then the page's number
                v.noise = "toc"
            inside = False
        elif not gap and paired == i - 1 and _lone_column_entry(units, i, later):
            u.noise = "toc"
        elif kind is None and len(gap) < _GAP_MAX_AT_END and _gap_line(u.text):
            gap.append(u)
        else:
            inside = False
    _mark_headless(units, later)
    _mark_paged_zone(units)


# an entry that goes on with the entries' numbers may be long: "1. Amendment of section 1 of
# Act 33 of 2004, as amended by section 27 of Act 15 of 2006, section 4 of Act 23 of 2022 …"
_SEQUEL_MAX_WORDS = 40


def _sequel(u: Unit, number: str | None) -> str | None:
    """Under a contents heading, a numbered line that goes on with the entries' numbers
    (``1.`` as the zone's first entry, then the number after the entry above) and closes
    no sentence: an entry (``strong``), however long its title or however its heading is
    printed below it (a bill's margin line numbers after it, ``… Act 33 of 2004   30``).
    ``number`` is the last entry's number, "" before the first entry."""
    m = u.marker
    if m is None or m.kind != "number" or not m.value.isdecimal() or number is None:
        return None
    if u.words() > _SEQUEL_MAX_WORDS or u.text.rstrip().endswith(_STOPS):
        return None
    if number and not number.isdecimal():
        return None  # after "1.2" no whole number goes on with the entries
    want = int(number) + 1 if number else 1
    return "strong" if int(m.value) == want else None


def _heads_entry(units: Sequence[Unit], i: int, later: dict[str, int], number: str | None) -> bool:
    """The line at ``i`` is an entry: the one-word line above it heads a column of them."""
    return _toc_entry(units, i, later) is not None or _sequel(units[i], number) is not None


_HEADLESS_MIN = 3


def _mark_headless(units: Sequence[Unit], later: dict[str, int]) -> None:
    """A contents list with no heading over it: three numbered lines or more in a row,
    each printed again further down, in the same order, after the list and apart from
    each other ("Sec. 2. Findings." … over "SEC. 2. FINDINGS."): an act's own table of
    its sections."""
    run: list[int] = []
    for i in range(len(units) + 1):
        target = _headless_entry(units, i, later) if i < len(units) else None
        # each entry printed again further down than the one before, with text between
        # the two prints (headings over their sections; a list printed twice is no list
        # of contents)
        if target is not None and (not run or target > _headless_entry_at(units, run, later) + 1):
            run.append(i)
            continue
        if len(run) >= _HEADLESS_MIN and _headless_entry_at(units, run[:1], later) > run[-1]:
            for k in _with_kin(units, run):
                units[k].noise = "toc"
        run = [i] if target is not None else []


def _with_kin(units: Sequence[Unit], run: list[int]) -> list[int]:
    """The run and the numbered lines right beside it that open with the same word as its
    entries ("Sec. 1. Short title; table of contents." over the list, though its heading
    below reads "SECTION 1.")."""
    first = {units[k].text.split()[0].casefold() for k in run}
    listed = {unit_key(units[k]) for k in run}
    out = list(run)
    for k, step in ((run[0] - 1, -1), (run[-1] + 1, 1)):
        while 0 <= k < len(units):
            u = units[k]
            numbered = u.marker is not None and u.marker.kind != "bullet"
            short = u.words() <= _TOC_ENTRY_MAX_WORDS
            if (
                not (
                    u.noise is None and numbered and short and u.text.split()[0].casefold() in first
                )
                or unit_key(u) in listed
            ):
                break  # (a heading the list names, right under it: "SEC. 2. FINDINGS.")
            out.append(k)
            k += step
    return out


def _headless_entry_at(units: Sequence[Unit], run: list[int], later: dict[str, int]) -> int:
    return _headless_entry(units, run[-1], later) or -1


def _headless_entry(units: Sequence[Unit], i: int, later: dict[str, int]) -> int | None:
    """Where a short numbered open line is printed again below, if it is."""
    u = units[i]
    if u.noise is not None or u.marker is None or u.marker.kind == "bullet":
        return None
    if u.words() > _TOC_ENTRY_MAX_WORDS:
        return None
    k = later.get(unit_key(u), i)
    return k if k > i else None


def _later_prints(units: Sequence[Unit]) -> dict[str, int]:
    """Each line's key (a wiki heading's edit link dropped), and each pair of lines' key
    joined, with the index of its last print."""
    later: dict[str, int] = {}
    # speed: each line's words joined and case-folded once (Unit.folded); a pair's key is
    # key(f"{a} {b}") from them (see unit_key: folding before the strip is folding after)
    words = [u.folded() for u in units]
    for i, u in enumerate(units):
        later[words[i].strip(KEY_STRIP)] = i  # the last print of each line
        if u.text.endswith("]"):
            later[key(_EDIT_LINK_RE.sub("", u.text))] = i
        if i + 1 < len(units):
            a, b = words[i], words[i + 1]
            k = (f"{a} {b}" if a and b else a or b).strip(KEY_STRIP)
            later[k] = max(i, later.get(k, i))
    return later


def _gap_line(text: str) -> bool:
    return len(text.split()) <= _GAP_MAX_WORDS and not ends_sentence(text)


def _toc_entry(
    units: Sequence[Unit], i: int, later: dict[str, int], *, edge: bool = False
) -> str | None:
    """A contents entry: short, no sentence, and paged or printed again later as a heading,
    with its number ("Part 1") or without it (an act's "1. Short title" over the section
    headed "Short title"). ``strong`` when paged or numbered, ``weak`` when only its
    words come back. ``edge``: a line a page's head or foot rule set aside first is an
    entry only when both numbered and paged ("2   Procédure de consultation   3")."""
    u = units[i]
    # (a heading may close on a bracket: "Origines (1978-1995)")
    if u.words() > _TOC_ENTRY_MAX_WORDS:
        return None
    text = u.text.strip()
    if text.endswith(_STOPS):
        return None
    m = u.marker
    own_number = m is not None and m.end >= len(text)  # "PART 1": the division's number
    if edge:
        numbered = (m is not None and m.kind != "bullet") or _ENTRY_NUMBER_RE.match(text)
        return "strong" if numbered and not own_number and _PAGE_REF_RE.search(text) else None
    if (_PAGE_REF_RE.search(text) and not own_number) or has_dot_leader(text):
        return "strong"
    bare = text[m.end :].strip() if m is not None and m.kind != "bullet" else ""
    numbered = _ENTRY_NUMBER_RE.match(text)
    if numbered and not bare:
        bare = text[numbered.end() :].strip()
    if bool(bare) and later.get(key(bare), i) > i:
        return "strong"
    if _in_sequence(units, i):
        return "strong"
    if later.get(key(text), i) > i:
        if bare:
            return "strong"
        # an unnumbered line over the text's first paragraph is its title or first heading
        return None if _opens_prose(units, i) else "weak"
    return None


# An entry's own whole number, after a bullet if any: "1.   Short title", "- 7 Commencement"
# (not a decimal "1.2", which numbers a subsection).
_SEQ_NUMBER_RE = re.compile(r"^(?:[-\u2022*]\s+)?(\d{1,3})\.?\s+(?=\S)")


def _entry_number(u: Unit) -> int | None:
    """The whole number a short unpunctuated line opens with, if it could be an entry."""
    if u.words() > _TOC_ENTRY_MAX_WORDS or u.text.rstrip().endswith(_STOPS):
        return None
    m = _SEQ_NUMBER_RE.match(u.text.lstrip())
    return int(m.group(1)) if m else None


def _in_sequence(units: Sequence[Unit], i: int) -> bool:
    """A numbered line whose neighbour is the entry numbered right before or right after it
    ("1. Short title and commencement" over "2. Interpretation"): under a contents heading,
    an act's list of its sections even where the body prints each title only in the margin
    beside its section, so that no heading comes back to be matched. Asked only inside a
    contents zone: a numbered list's items elsewhere are text."""
    n = _entry_number(units[i])
    if n is None:
        return False
    before = _entry_number(units[i - 1]) if i > 0 else None
    after = _entry_number(units[i + 1]) if i + 1 < len(units) else None
    return before == n - 1 or after == n + 1


# A number that a gap sets apart from its entry's words ("1.   Title"): one piece with them.
_BARE_NUMBER_RE = re.compile(r"^(?:\d{1,3}|[IVXLC]{1,6})\.?$")
_COLUMN_PIECE_MAX_WORDS = 8
# A division, an article or a section's number opens an entry; an item's "(2)" or a letter's
# "(b)" opens a column of running text.
_ENTRY_MARKERS = frozenset({"number", "article", "division"})


def _columns_entry(u: Unit, i: int, later: dict[str, int], listed: set[str]) -> str | None:
    """A contents page set in two or three columns and copied as text, each line two
    entries side by side ("1.  Title      PART III", "PART I      8.  Suspicious
    transactions"): every piece between the wide gaps short, with no stop, and numbered,
    set in capitals as a division's heading, or printed again later. A column of running
    text breaks a sentence, so some piece opens in lower case or ends the sentence; the
    text's own headings set side by side under the list name again what it listed
    (``listed``), and end it."""
    if not u.gaps:
        return None
    pieces: list[str] = []
    carry = ""
    for a, b in pairwise((0, *u.gaps, len(u.text))):
        piece = f"{carry} {u.text[a:b].strip()}".strip()
        carry = piece if _BARE_NUMBER_RE.match(piece) else ""
        if not carry and piece:
            pieces.append(piece)
    if not 2 <= len(pieces) <= 3 or carry:
        return None
    keys = {key(p) for p in pieces}
    if keys & listed or not all(_column_piece(p, i, later) for p in pieces):
        return None
    listed |= keys
    return "strong"


def _lone_column_entry(units: Sequence[Unit], i: int, later: dict[str, int]) -> bool:
    """The last entry of a contents page's right column, alone on its line ("SCHEDULE"
    under "7.  Register of transactions      14. Revocation …"): asked of the line under
    entries side by side, set past where that line breaks into its last column, and an
    entry's piece itself (see :func:`_column_piece`)."""
    prev, u = units[i - 1], units[i]
    if not prev.gaps or u.gaps:
        return False
    return u.line.indent > prev.gaps[-1] and _column_piece(u.text.strip(), i, later)


def _column_piece(piece: str, i: int, later: dict[str, int]) -> bool:
    """One column's entry: short, no sentence, opening on a capital or a number (a column
    of running text goes on in lower case), and numbered, in capitals, or printed again."""
    if len(piece.split()) > _COLUMN_PIECE_MAX_WORDS or piece.endswith(_STOPS):
        return False
    if not piece[:1].isupper() and not piece[:1].isdigit():
        return False
    m = find_marker(piece)
    return (
        (m is not None and m.kind in _ENTRY_MARKERS)
        or (piece.isupper() and not piece[:1].isdigit())
        or later.get(key(piece), i) > i
    )


def _opens_prose(units: Sequence[Unit], i: int) -> bool:
    """The next line is a paragraph of prose: a contents list's unnumbered entries stand
    over other entries or over the heading that ends the list, not over running text."""
    nxt = units[i + 1].text if i + 1 < len(units) else ""
    return len(nxt.split()) >= _PROSE_WORDS and ends_sentence(nxt)


_PAGED_MIN = 3  # page numbers, and entries, in a contents block read line by line
_PAGED_ENTRY_MAX_WORDS = 8


def _mark_paged_zone(units: Sequence[Unit]) -> None:
    """A contents block with no heading over it, whose page numbers a PDF's text layer
    put on lines of their own among the entries ("NATO's strategic foundations",
    "Positive achievements", "2", "3", "Obstacles and limits", "4"): from its first page
    number to its last, short unpunctuated lines and bare numbers only, three numbers or
    more that never go down, three entries or more. A list numbered 1, 2, 3 with each
    number over its item is no such block: the block reads its numbers out of step with
    its entries (two numbers in a row) or skips and repeats them (pages)."""
    run: list[int] = []
    for i in range(len(units) + 1):
        if i < len(units) and (units[i].noise is not None or _paged_piece(units[i])):
            run.append(i)
            continue
        _close_paged_zone(units, run)
        run = []


def _paged_piece(u: Unit) -> bool:
    text = u.text
    return bool(_PAGE_NUMBER_RE.match(text)) or (
        u.words() <= _PAGED_ENTRY_MAX_WORDS  # (counted once for every rule)
        and not ends_sentence(text)
        and sum(ch.isalpha() for ch in text) > 1  # a drop capital ("T") opens the prose
    )


def _close_paged_zone(units: Sequence[Unit], run: list[int]) -> None:
    numbers = [k for k in run if units[k].noise is None and _PAGE_NUMBER_RE.match(units[k].text)]
    if len(numbers) < _PAGED_MIN:
        return
    pages = [int(units[k].text) for k in numbers]
    if any(b < a for a, b in pairwise(pages)):
        return
    in_step = all(b - a == 2 for a, b in pairwise(numbers)) and all(
        b - a == 1 for a, b in pairwise(pages)
    )
    span = range(numbers[0], numbers[-1] + 1)
    entries = [k for k in span if units[k].noise is None and k not in numbers]
    if in_step or len(entries) < _PAGED_MIN:
        return
    for k in span:
        if units[k].noise is None:
            units[k].noise = "toc"


_PROSE_MIN_WORDS = 6  # a sentence under a contents word, not a list's entry


def heads_prose(units: Sequence[Unit], i: int) -> bool:
    """``## Contenu`` over ``La loi comprend 94 articles répartis en six titres.``: a
    contents word heading a paragraph of prose (a sentence, no entry of a list) names a
    section of the text (an encyclopaedia's "Contents"), it heads no table of contents. Only
    a markup heading says so: a bare "Contents" line over prose is a PDF's sidebar, whose
    list stands elsewhere."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return (
        units[i].line.heading_level is not None
        and nxt is not None
        and nxt.marker is None
        and nxt.words() >= _PROSE_MIN_WORDS
        and nxt.text.rstrip().endswith(".")
    )


_HEAD_MAX_WORDS = 4  # "Table des matières", "Plan de l'article", "Au sommaire :"
_HEAD_MIN_ENTRIES = 3
_HEAD_STOPS = (".", "!", "?", ";")


def head_words(text: str) -> bool:
    """Words and no figure: a place-and-date line or a number over a list is no heading."""
    return any(c.isalpha() for c in text) and not any(c.isdigit() for c in text)


def mark_toc_heads(units: Sequence[Unit]) -> None:
    """The heading of a contents list the rules set aside by its entries: a short open
    line of words, no sentence and no number of its own, right over three contents
    entries or more, the first numbered or paged (a line of words there is the list's own
    heading, or a box's), in the first half of the text. Its words are no list's ("TABLE
    DES MATIERES" unaccented, "Plan de l'article", "Au sommaire :"); its place is the
    list's head, and a heading of the text stands over text, not over a run of entries."""
    for i, u in enumerate(units[: -_HEAD_MIN_ENTRIES or None]):
        if u.noise is not None or u.words() > _HEAD_MAX_WORDS or u.marker is not None:
            continue
        if u.text.rstrip().endswith(_HEAD_STOPS) or not head_words(u.text):
            continue
        if i > len(units) // 2:
            break  # a contents list heads its document; a list further on is a section's
        first = units[i + 1]
        if first.marker is None and not has_dot_leader(first.text):
            continue
        if all(v.noise == "toc" for v in units[i + 1 : i + 1 + _HEAD_MIN_ENTRIES]):
            u.noise = "toc"
    _mark_qualified_heads(units)


_QUALIFIED_MAX_WORDS = 4  # words after the contents word: "du chapitre 4", "Paragraphes Page"


@cache
def _contents_words() -> tuple[str, ...]:
    """The contents headings of ``layout.toml`` (``[boilerplate] toc_headings``), folded,
    longest first ("table des matières" before "contenu")."""
    model = load_layout().boilerplate
    heads = {key(h) for h in model.toc_headings} if model is not None else set()
    return tuple(sorted(heads, key=len, reverse=True))


@cache
def _qualifier_words() -> frozenset[str]:
    """The words a contents heading's qualifier names a part or a column by (``[boilerplate]
    toc_qualifiers``: chapitre, annex, page), folded."""
    model = load_layout().boilerplate
    words = model.toc_qualifiers if model is not None else []
    return frozenset(w.casefold() for w in words)


_WORD_RE = re.compile(r"[^\W\d_][\w-]*")


def _qualified_head(text: str) -> bool:
    """A contents word opening the line, then a few words naming the part it lists or its
    columns (``SOMMAIRE DU CHAPITRE 4``, ``TABLE DES MATIÈRES   Paragraphes   Page``,
    ``Contents of Part II``); no sentence, and no other words: ``Table des matières
    dangereuses saisies``, ``Contents of the 2026 register`` head a table of the text."""
    k = key(text)
    if k.endswith(_HEAD_STOPS) or text.rstrip().endswith(_HEAD_STOPS):
        return False
    for head in _contents_words():
        if k.startswith(head + " "):
            rest = k[len(head) :]
            if not 0 < len(rest.split()) <= _QUALIFIED_MAX_WORDS:
                return False
            return bool(_qualifier_words().intersection(_WORD_RE.findall(rest)))
    return False


def _mark_qualified_heads(units: Sequence[Unit]) -> None:
    """A contents heading with its qualifier, right over an entry the rules set aside as
    contents (a dot leader's, a paged one): the list's heading, though a number of its own
    ("du chapitre 4") or its columns' heads keep :func:`mark_toc_heads` off it. Its opening
    words say it is a contents heading, so one entry under it is evidence enough; over a
    line of the text (a numbered list, a table) it is the text's own heading."""
    for i, u in enumerate(units[:-1]):
        # the line's place first: the heading's words are read only over an entry
        if (
            u.noise is None
            and u.marker is None
            and units[i + 1].noise == "toc"
            and _qualified_head(u.text)
        ):
            u.noise = "toc"
