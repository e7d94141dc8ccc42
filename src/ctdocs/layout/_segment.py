"""Stage 3 — layout: normalised lines become units, and what is not document becomes noise.

A *unit* is one logical line of the normalised text. Each unit is either noise
(web chrome, a photo caption, markup such as a horizontal rule, navigation, or
page furniture: page numbers, running headers and footers) or content, with the
structural marker it opens with (clause number, lettered or roman item,
bullet), if any. Noise keeps its span: nothing the user gave is silently dropped.

Photo captions are recognised by cue words (``layout.toml``), by being printed
twice (image title and caption, or the same photo shown twice on a page), or
by standing, as one short sentence, right before the empty paragraph a web
page leaves after an image, in the middle of running text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .._knowledge import load_layout
from .._needles import AnyOf
from ..normalise._text import Line, NormalisedText, page_furniture
from ._asides import mark_asides
from ._bibliographic import mark as mark_records
from ._bodyrows import give_back_body_rows
from ._boilerplate import mark as mark_boilerplate
from ._brackets import drop_stray_brackets
from ._bulletruns import mark_bullet_runs
from ._closingblock import mark_closing_block
from ._columns import is_table_row, running_columns
from ._copynote import mark_copy_note, mark_quote_boxes
from ._crumbtrails import mark_crumb_trails
from ._edgesites import mark_edge_sites
from ._editnotes import mark_edit_notes
from ._fieldruns import mark_column_records, mark_field_runs
from ._footboxes import mark_foot_boxes
from ._frontcues import opening_test
from ._furniture import column_furniture
from ._headblocks import mark_head_blocks
from ._headingback import give_back_headings
from ._keywordrows import mark_keyword_rows
from ._letterruns import drop_stray_letters
from ._linkmenus import mark_chrome_links
from ._mailheads import mark_mail_headers
from ._mastheads import mark_masthead_boxes, mark_state_lines
from ._numbering import Marker, find_marker
from ._pagecounts import edge_page_count
from ._pageinfo import mark_page_info
from ._pagetop import mark_page_top
from ._postal import mark_postal_tail
from ._repository import mark_repository
from ._rulefoot import mark_rule_foot
from ._shortboxed import mark_short_boxed
from ._signblock import give_back_signatures, signature_pattern
from ._stamps import mark_stamps
from ._tableruns import give_back_rows
from ._toczone import mark_toc_heads
from ._unit import Unit
from ._webtails import split_chrome_prefixes, split_heading_tails

__all__ = [
    "Marker",
    "find_marker",
    "is_front_matter",
    "is_masthead",
    "is_signature",
    "segment",
]

_BULLET_RE = re.compile(r"^([-\u2022\u2023\u25aa\u25e6\u25cf\u00b7\u2013\u2014*+])(?=\s)")
_RULE_RE = re.compile(r"^\s*([-*_=~]\s*){3,}$")
# An HTML comment alone on its line ("<!-- Converted from the PDF with pdf2md -->" in a
# Markdown file): markup no reader sees, never the title.
_COMMENT_RE = re.compile(r"^\s*<!--.*-->\s*$")
_MONTHISH_RE = re.compile(r"^\d{1,2}\.\s+\d")  # "12. 3" is not a clause
_CAPTION_MAX_WORDS = 40  # a photo caption without a cue word is one short sentence (<= 60)
# A photo shown twice prints its caption twice; a sentence printed three times or more is
# a text's standard clause ("For the purpose of paragraph 11(2)(a) …" under each amendment).
_CAPTION_PRINTS = 2
_CAPTION_MIN_WORDS = 4  # "4 September 2008" printed twice is a date line, not a caption
# A sentence printed twice is a caption by that alone up to this length; a longer one (an
# act's long title on its cover and over its enacting words) only beside its twin caption.
_TWICE_MAX_WORDS = 15
_SUBSECTION_RE = re.compile(r"^\(\d{1,3}(\.\d{1,3})?\)\s")
# A notice under a label in capitals, its sentence closed by a full stop ("DISTRIBUTION
# RESTRICTION: Approved for public release; distribution is unlimited."): printed on a
# report's cover and again on its title page, the document's own handling line, no
# photo's caption (a running head printed twice is a title: no full stop).
_NOTICE_RE = re.compile(r"^[^\W\d_a-zß-ÿ]{2,}(?:[ -][^\W\d_a-zß-ÿ]{2,}){0,3}\s?:\s+[^\W\d_].*\.$")
_HEAD_MAX_WORDS = 15  # the document's head ends at its first numbered or longer line


def is_signature(text: str) -> bool:
    """A signature or closing-formula line (``(Signé) …``, ``Fait à …, le …``)."""
    pat = signature_pattern()
    return bool(pat and pat.match(_plain(text)))


_Patterns = tuple[AnyOf, AnyOf, re.Pattern[str], frozenset[str], frozenset[str]]


def compile_cues() -> None:
    """Compile every chrome, notice and caption cue now (``AnyOf`` compiles them on
    first use): for ``warm_up``, like the domain triggers."""
    for cues in _patterns()[:2]:
        cues.compile_all()


@cache
def _patterns() -> _Patterns:
    lay = load_layout()
    return (
        # Tried on nearly every line and almost never matching: each pattern is
        # run only on lines holding one of its literal words (same answers as
        # searching the union, several times faster).
        # the chrome cues, then the publisher's notices: one scan of the line tells both
        AnyOf([*lay.chrome, *lay.notices], re.IGNORECASE),
        AnyOf(lay.caption, re.IGNORECASE),  # (asked of every one-sentence line, too)
        re.compile(r"[.!?…]\s+[A-ZÀ-Ý«\"“]"),
        frozenset(_line_key(x) for x in lay.chrome_lines),
        frozenset(_line_key(x) for x in lay.masthead),
    )


def _line_key(text: str) -> str:
    # split/join, not re.sub: asked of every line, several times (same key, faster)
    return " ".join(text.replace("\u2019", "'").split()).strip(" .:;!?•-").casefold()


def _unit_line_key(u: Unit) -> str:
    """``_line_key(u.text)``, cut from the unit's folded words (:meth:`Unit.folded`): no
    character folds to or from a space, a quote or one of the stripped marks."""
    return u.folded().replace("\u2019", "'").strip(" .:;!?•-")


def _is_chrome_label(label: str) -> bool:
    """A link's label that is site chrome by the chrome cues (a page's tool: "Skip to main
    content", "Back to top"); a one-word menu item ("Accueil") is left to the menu rules."""
    cue = _patterns()[0].first(_plain(label))
    return cue is not None and cue < len(load_layout().chrome)


def _plain(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def is_front_matter(text: str) -> bool:
    return _front_test()(_plain(_strip_bullet(text)))


@cache
def _front_test() -> Callable[[str], bool]:
    return opening_test(load_layout().front_matter, re.IGNORECASE)  # (the union's answer)


def subject_title(text: str) -> str | None:
    """The title a head line names ("Subject: Council conclusions on ..."), if it names one."""
    for pat in _subject_patterns():
        m = pat.match(_plain(text.strip()))
        if m:
            return m.group("title").strip()
    return None


@cache
def _subject_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in load_layout().subject_line)


def is_amendment_note(text: str) -> bool:
    """A consolidation's note on a provision's history ("Section 5(3): replaced, on …
    by …", "Modifié par Loi n° …", "2015—Subsec. (a)(1). Pub. L. … substituted …"): the
    database's record, not the text (``layout.toml``, ``amendment_notes``)."""
    return _amendment_test()(_plain(text.strip()))


@cache
def _amendment_test() -> Callable[[str], bool]:
    notes = load_layout().amendment_notes
    if not notes:  # a file listing none (the empty union would match every line)
        return lambda _text: False
    return opening_test(notes, re.IGNORECASE, match=True)


def is_masthead(text: str) -> bool:
    return _line_key(text) in _patterns()[4]


def _strip_bullet(text: str) -> str:
    m = _BULLET_RE.match(text)
    return text[m.end() :].lstrip() if m else text


# The pages of units' spans, from a paged reader (PDF, DOCX): None where it has no line.
Paginate = Callable[[Sequence[tuple[int, int]]], Sequence[int | None]]


def segment(
    norm: NormalisedText,
    nav_ranges: Sequence[tuple[int, int]] = (),
    paginate: Paginate | None = None,
) -> list[Unit]:
    """Units of the normalised text, noise marked. ``paginate`` gives a paged reader's
    page of each unit before the noise passes run: the running-line pass asks where a
    page breaks, and a PDF's text has no form feeds to tell it."""
    _chrome, caption, sentence_break, _chrome_lines, _mast = _patterns()
    units = split_heading_tails(_units(norm, nav_ranges))
    if paginate is not None:
        for u, page in zip(units, paginate([(u.start, u.end) for u in units]), strict=True):
            u.page = page
    drop_stray_brackets(units, norm.text)
    drop_stray_letters(units)
    _mark_lines(units)
    mark_mail_headers(units)
    mark_chrome_links(units, _is_chrome_label)
    mark_state_lines(units)
    mark_repository(units)
    _mark_captions(units, caption, sentence_break)
    _mark_chrome_gaps(units)
    _mark_trailer(units)
    protected = _protection()
    mark_records(units, protected)
    mark_crumb_trails(units, protected)
    mark_boilerplate(units, protected)
    for u in units:
        u.drop_alphas()  # (the scorer's runs of letters: no later pass reads them)
    mark_stamps(units, protected)
    mark_page_info(units, protected)
    mark_rule_foot(units, protected)
    mark_postal_tail(units, protected)
    mark_edge_sites(units)
    mark_masthead_boxes(units)
    mark_copy_note(units)
    mark_edit_notes(units, protected)
    mark_asides(units)
    mark_quote_boxes(units, protected)
    mark_field_runs(units)
    mark_column_records(units)
    mark_bullet_runs(units, protected)
    mark_page_top(units, protected)
    mark_short_boxed(units, protected)
    mark_foot_boxes(units, protected)
    units = give_back_headings(split_chrome_prefixes(units))
    give_back_rows(units)
    give_back_body_rows(units)
    mark_toc_heads(units)
    mark_head_blocks(units)
    mark_closing_block(units, protected)
    give_back_signatures(units)
    if len(units) == 1 and units[0].noise == "web-chrome":
        # A text of one line is what the user gave, not a page around it: a chrome cue
        # (an author's bio card, a credit) read on it alone would leave nothing.
        units[0].noise = None
    return units


def _mark_chrome_gaps(units: Sequence[Unit]) -> None:
    """A short line between two chrome lines is chrome too (menu items, dialog titles)."""
    for i in range(1, len(units) - 1):
        u = units[i]
        if u.noise or u.marker is not None or u.words() > 6:
            continue
        if units[i - 1].noise == "web-chrome" and units[i + 1].noise == "web-chrome":
            u.noise = "web-chrome"


def _units(norm: NormalisedText, nav_ranges: Sequence[tuple[int, int]]) -> list[Unit]:
    """One unit per non-blank line, with its marker, its folded gaps and its menu flag."""
    text = norm.text
    units: list[Unit] = []
    nav = sorted(nav_ranges)
    k = 0
    gaps = _folded_gaps(norm)
    joins = set(norm.joins)
    g = 0
    for line in norm.lines:
        t = text[line.start : line.end]
        if not t.strip():
            continue
        u = Unit(line.start, line.end, t, line)
        u.folded()  # its words counted and folded by one split: the rules ask both of each
        u.marker = find_marker(t)
        while g < len(gaps) and gaps[g] < line.start:
            g += 1
        h = g
        while h < len(gaps) and gaps[h] < line.end:
            h += 1
        if h > g:
            u.gaps = _cell_gaps(text, line, gaps[g:h], joins)
        while k < len(nav) and nav[k][1] <= line.start:
            k += 1
        if k < len(nav) and nav[k][0] <= line.start:
            u.nav = True
        units.append(u)
    return units


def _cell_gaps(text: str, line: Line, gaps: Sequence[int], joins: set[int]) -> tuple[int, ...]:
    """The line's folded gaps, from its start, that may part cells: none when they are the
    indents of a sentence's wrapped lines (:func:`_indented_sentence`). A paragraph's bare
    number set apart by a wide gap ("3  The appeal … to the extent" over "   that the
    sentence …") keeps that one gap, and its wrapped lines' indents still count as a
    sentence's, not as a row's columns (a running line's, marked page furniture)."""
    lead = line.lead_gap and gaps[0] - line.start <= _LEAD_GAP_MAX
    if lead and len(gaps) > 1 and _indented_sentence(text, gaps[1:], joins):
        kept = gaps[:1]
    elif _indented_sentence(text, gaps, joins):
        kept = ()
    else:
        kept = gaps
    return tuple(x - line.start for x in kept)


_LEAD_GAP_MAX = 8  # where a lead gap ends: "1   ", "12.3  ", "(iv)  " (see Line.lead_gap)


def _indented_sentence(text: str, gaps: Sequence[int], joins: set[int]) -> bool:
    """The line's only wide spaces are the indents of its wrapped lines, and a wrapped
    line goes on in lower case: a sentence set in from the margin ("A Messieurs les
    Gouverneurs des Provinces" over "du Nord-Kivu, du Sud-Kivu …"), not a row of cells. A
    menu's or a cover's lines each open with a capital ("COMITÉ D'EXPERTS SUR" over
    "L'ÉVALUATION DES MESURES"); a wide space inside a physical line parts cells."""
    return all(x - 1 in joins for x in gaps) and any(text[x].islower() for x in gaps)


def _mark_lines(units: list[Unit]) -> None:
    """Noise each line shows by itself: menus, rules, page furniture, chrome cues, keyword
    rows."""
    chrome, _caption, _sentence_break, chrome_lines, _mast = _patterns()
    n_chrome = len(load_layout().chrome)  # the cues after these are a publisher's notices
    in_head = True
    # "- 2 -" opens like a bullet but is a page number
    bares = [u.marker is None or u.marker.kind == "bullet" for u in units]
    plains = [
        _plain(_strip_bullet(u.text)) if bare else u.text
        for u, bare in zip(units, bares, strict=True)
    ]
    # the chrome cues' needles of every bare line, found in one pass over the page
    found = chrome.found_each([p if bare else "" for p, bare in zip(plains, bares, strict=True)])
    for i, u in enumerate(units):
        bare, plain = bares[i], plains[i]
        furniture = _furniture_of(units, i, in_head) if bare else None
        if u.nav:
            u.noise = "navigation"
        elif _RULE_RE.match(u.text) or _COMMENT_RE.match(u.text):
            u.noise = "markup"
        elif furniture is not None and not (in_head and furniture == "page-header"):
            u.noise = furniture
        elif bare and _unit_line_key(u) in chrome_lines:
            u.noise = "web-chrome"  # (the cheap marker test first: most lines are numbered)
        elif bare and (cue := chrome.first(plain, found[i])) is not None:
            # a notice on the copy is a box of the page, not the site's chrome around it
            u.noise = "web-chrome" if cue < n_chrome else "boilerplate"
        elif is_amendment_note(u.text):
            u.noise = "repository"
        numbered = u.marker is not None and u.marker.kind != "bullet"
        if in_head and not u.noise and (numbered or u.words() > _HEAD_MAX_WORDS):
            in_head = False
    mark_keyword_rows(units)  # a page's tag chips, which an abstract above does not own


def _furniture_of(units: Sequence[Unit], i: int, in_head: bool) -> str | None:
    """The kind of page furniture an unnumbered unit is: a whole line that is one, its
    columns each one, or a running line in columns that numbers or dates the page."""
    u = units[i]
    furniture = page_furniture(u.text) or ("page-number" if edge_page_count(units, i) else None)
    if furniture is None and u.gaps:
        furniture = column_furniture(u.text, u.gaps)
        if furniture is None and _running_head(units, i, in_head):
            furniture = "page-footer"
    return furniture


def _running_head(units: Sequence[Unit], i: int, in_head: bool) -> bool:
    """A line of columns that numbers or dates the page, standing alone: neither
    neighbour on its page is a row of short cells (a table's rows are; a line over the
    page's break is the next page's, set in columns of its own)."""
    u = units[i]
    if u.line.heading_level is not None:
        return False
    here = u.page if u.page is not None else u.line.page
    near = [units[k] for k in (i - 1, i + 1) if 0 <= k < len(units)]
    alone = not any(
        is_table_row(v) for v in near if (v.page if v.page is not None else v.line.page) == here
    )
    return alone and running_columns(u.text, u.gaps, symbol=not in_head)


def _folded_gaps(norm: NormalisedText) -> list[int]:
    """Output offsets where the input had more spaces than the output keeps: each anchor
    that skips input characters right after a space (a wide gap folded to one space)."""
    out: list[int] = []
    text = norm.text
    for (po, pi), (o, i) in zip(norm.anchors, norm.anchors[1:], strict=False):
        if i - pi > o - po and o > 0 and text[o - 1] == " ":
            out.append(o)
    return out


def _protected(u: Unit) -> bool:
    """The document's own head and close: never boilerplate, however short."""
    return (
        is_front_matter(u.text)
        or _unit_line_key(u) in _patterns()[4]  # is_masthead(u.text)
        or is_signature(u.text)
    )


def _protection() -> Callable[[Unit], bool]:
    """:func:`_protected`, remembered for one document's lines by their text (which alone
    it reads): the noise passes ask it again and again of the same lines."""
    seen: dict[str, bool] = {}

    def protected(u: Unit) -> bool:
        got = seen.get(u.text)
        if got is None:
            got = seen[u.text] = _protected(u)
        return got

    return protected


_TRAILER_MAX_WORDS = 12  # a headline in a list of links to other pages
# A linked document's full title with its date ("Berlin Memorandum on … (September 2019)",
# "Décision n° 2017-695 QPC du 29 mars 2018 – M. B. et autre"): longer, but no sentence.
_TRAILER_TITLE_WORDS = 25


def _mark_trailer(units: list[Unit]) -> None:
    """After "Related news": the short lines that follow (headlines, dates, the titles of
    linked documents) are chrome."""
    trailer = _trailer_lines()
    inside = False
    for u in units:
        if _unit_line_key(u) in trailer:
            u.noise = u.noise or "web-chrome"
            inside = True
            continue
        if not inside:
            continue
        numbered = u.marker is not None and u.marker.kind != "bullet"
        n = u.words()
        title = n <= _TRAILER_TITLE_WORDS and not u.text.rstrip().endswith((".", ";", ":"))
        if numbered or (n > _TRAILER_MAX_WORDS and not title):
            inside = False
        elif not u.noise:
            u.noise = "web-chrome"


@cache
def _trailer_lines() -> frozenset[str]:
    return frozenset(_line_key(x) for x in load_layout().trailer_lines)


def _list_item(u: Unit, prv: Unit | None) -> bool:
    """The line opens with the same two words as the line before it: one of a list of like
    items ("Proposition n° 3 : …", "Proposition n° 4 : …"), not a free-standing caption."""
    return prv is not None and u.text.split()[:2] == prv.text.split()[:2]


def _sentences(text: str, sentence_break: re.Pattern[str]) -> int:
    return 1 + len(sentence_break.findall(text.rstrip(".")))


def _mark_captions(units: list[Unit], caption: AnyOf, sentence_break: re.Pattern[str]) -> None:
    """Photo captions: cue words, lines printed twice, short sentences before an image spacer."""
    seen: dict[str, int] = {}  # text of a free sentence-like unit -> how often it occurs
    for u in units:
        if not u.noise and u.marker is None:
            seen[u.text] = seen.get(u.text, 0) + 1
    one, cued = _cued_sentences(units, caption, sentence_break)
    for i, u in enumerate(units):
        if u.noise or (u.marker and u.marker.kind != "bullet"):
            continue
        words = u.words()
        nxt = units[i + 1] if i + 1 < len(units) else None
        prv = units[i - 1] if i > 0 else None
        twin = (nxt is not None and nxt.text == u.text) or (prv is not None and prv.text == u.text)
        if _SUBSECTION_RE.match(u.text):
            continue  # "(2) An order made under subsection (1) …": a statute's subsection
        if twin and _CAPTION_MIN_WORDS <= words <= _CAPTION_MAX_WORDS and u.marker is None:
            u.noise = "caption"
            continue
        if u.marker is not None:
            continue
        one_sentence = one[i]
        if words <= 60 and ((one_sentence and cued[i]) or _credited(u.text)):
            u.noise = "caption"
            continue
        sentence_like = u.text.rstrip().endswith((".", ")"))
        if not one_sentence or words > _CAPTION_MAX_WORDS or not sentence_like:
            continue
        # The same sentence printed again elsewhere on the page (a photo shown twice), not
        # an item of a list printed twice ("Proposition n° 4 : …" in a report's summary),
        # nor a longer formula the text prints twice (an act's long title on its cover and
        # over its enacting words, a motion moved and then put).
        if (
            seen.get(u.text, 0) == _CAPTION_PRINTS
            and 6 <= words <= _TWICE_MAX_WORDS
            and not _list_item(u, prv)
            and not _NOTICE_RE.match(u.text)
        ):
            u.noise = "caption"
            continue
        # One sentence standing alone before the empty paragraph an image leaves, with
        # running text (not a heading) after it: the image's caption.
        if (
            u.line.spacer_after
            and u.line.blank_before
            and prv is not None
            and nxt is not None
            and not nxt.noise
            and nxt.line.heading_level is None
            and (
                nxt.marker is not None
                or _sentences(nxt.text, sentence_break) > 1
                or nxt.text.rstrip().endswith(".")
            )
        ):
            u.noise = "caption"
    _caption_twins(units, seen)


def _cued_sentences(
    units: Sequence[Unit], caption: AnyOf, sentence_break: re.Pattern[str]
) -> tuple[list[bool], list[bool]]:
    """Which open unnumbered lines are one sentence, and which of those hold a caption cue:
    the cues' needles of all of them found in one pass over the page (``found_each``), where
    a search of each line cut and scanned it again (a line longer than 60 words is no caption
    by any test of :func:`_mark_captions`: its sentences are not counted)."""
    one = [
        not u.noise
        and u.marker is None
        and u.words() <= 60
        and _sentences(u.text, sentence_break) == 1
        for u in units
    ]
    plains = [_plain(u.text) if o else "" for u, o in zip(units, one, strict=True)]
    found = caption.found_each(plains)
    cued = [
        o and caption.first(t, f) is not None for o, t, f in zip(one, plains, found, strict=True)
    ]
    return one, cued


def _caption_twins(units: list[Unit], seen: dict[str, int]) -> None:
    """A longer sentence printed twice is a caption when one of its prints is one by its
    own shape (before an image's spacer): the same photo shown twice. An act's long title
    printed on its cover and over its enacting words has no such print."""
    captions = {u.text for u in units if u.noise == "caption" and seen.get(u.text) == 2}
    for u in units:
        if u.noise is None and u.marker is None and u.text in captions:
            u.noise = "caption"


@cache
def _credit_re() -> re.Pattern[str]:
    """A photo's credit closing its caption: "… Lyon, 8 October 2026. © G7 Presidency /
    J. Morvan", "… d'INTERPOL. Photo : INTERPOL, mars 2026" (initials too: "J. Morvan").
    It opens on the sentence's closing mark (the credit starts one place after the match),
    not on a look-behind tried at every place of the line."""
    labels = "".join(f"|(?:{p})\\s*:" for p in load_layout().caption_credits)
    return re.compile(rf"[.!?]\s+(?:©{labels})\s*[^©;]{{2,60}}$", re.IGNORECASE)


def _credited(text: str) -> bool:
    """One sentence followed by a credit: a photo's caption with its credit (a footer's
    copyright opens its line; a sentence of the text ends on its own words)."""
    m = _credit_re().search(text)
    return m is not None and len(re.split(r"(?<=[.!?])\s+", text[: m.start() + 1].strip())) == 1
