"""Web chrome the line scorer leaves open: separator-joined tool lines and boxed notices.

Two shapes hold across sites and are checked after the scorer has classed the page:

* A line cut by separators (``|``, ``·``) into two or more short pieces, none of them
  a sentence: a page's tool row (``Print | Back to top``), a download link with its file
  size (``PDF | 175 ko``), a stamp row (``Published: 1 December 2023 | Language:
  English``). The document's own text does not join short phrases with such marks, but
  its header may (``Report | Doc. 12712 | 16 September 2011``: a symbol and a date), so a
  row with figures is chrome only as a stamp or a download link. A publisher's imprint
  joins its names with bullets (``Department of Public Information • News and Media
  Division • New York``, a republic's ``Liberté • Égalité • Fraternité``): three pieces or
  more, each opening on a capital, none with a figure, are chrome as well (a running
  list of items set inline, ``Art 8 • Vie privée • Conservation pendant dix ans …``,
  has a long piece or a lower-case one). A breadcrumb's spaced arrows (``Security
  Council > Meetings Coverage``) cut pieces as bars do, and so do the brackets of a row
  of bracketed links and nothing else (``[Imprimer] [Version PDF]``).
* An open line with chrome right above and right below it whose words the document does
  not use elsewhere: the middle sentence of a cookie notice, a "Related:" teaser between
  a footer's links, an author's note between a box's heading and its contact line. A copy
  of the page's title between two menus shares its words with the text, and stays
  (guidelines §5: a chrome line whose words occur inside the document is not noise).
  The page's top edge closes such a box as a menu does: up to three short lines opening
  the page, right over a menu or an image's file name, in words the text hardly uses (an
  archive's filing labels over the file it copied, ``Europaudvalget 2003-04``).

A page's footer menu may begin above the chrome the scorer found: three or more short
link lines (no figure, no closing punctuation) between the last of the text and the
page's closing chrome, in the second half of the page (``U.S. Code Toolbox``, ``Table
of Popular Names``, ``How current is this?``) are navigation. Inside that closing chrome,
below the text's last sentence, up to three such lines the scorer left open between its
chrome lines (or under the last of them) are the same menu's items (``A-Z Site Index``,
``Terms of Use``).

A repository's copy of a treaty may head it with its title in another language before
the title in the document's own (``##Protocol tot bestrijding …`` over ``####Protocol
for the Suppression …``): a heading without one function word of the document's
language, right above a heading that has them, is that record's language version. Any
line of the page's first lines written in another language (its function words, none
of the document's own) is the host's as well: a record's title, a collection's name in a
breadcrumb, an epigraph the host set over the copy.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..normalise._text import is_image_line
from ._furniture import ends_sentence, scorable
from ._unit import PRINTED_MARKS

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = [
    "mark_boxed_lines",
    "mark_footer_holes",
    "mark_footer_menu",
    "mark_foreign_head",
    "mark_head_box",
    "mark_language_versions",
    "mark_open_chrome",
    "mark_page_notes",
    "mark_site_names",
    "mark_split_lines",
    "mark_toc_rubrics",
    "split_pieces",
]

# Bars, middle dots and bullets cut a row's pieces wherever they stand; a breadcrumb's
# arrow only with a space on both sides ("Security Council > Meetings Coverage", not a
# figure's "> 3 %" or an address's "a>b").
_SPLIT_RE = re.compile(r"\s*[|·\u2022]\s*|\s+[>\u203a]\s+")
_INNER_SEP_RE = re.compile(r"\S\s*[|·\u2022]\s*\S|\S\s+[>\u203a]\s+\S")
_BULLET = "\u2022"
_IMPRINT_MIN_PIECES = 3
# A file's size on a download link: "PDF | 175 ko", "(PDF, 412 Ko)", "214 KB".
# The unit may run into the next link's word ("175 koEn français"), never into a
# lower-case one ("12 kg", "3 gobelets").
_FILE_SIZE_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:[kmgKMG][oObB]|octets|bytes)(?![a-zà-ÿ])",
)
_PIECE_END = frozenset(".!?;:")
_PIECE_MAX_WORDS = 8  # a piece of a tool row: a link, a label with its value
_SPLIT_MAX_WORDS = 25
_SPLIT_MIN_PIECES = 2

# Reasons of chrome neighbours (not stamps: a title stands between chrome and a stamp).
_CHROME = frozenset({"web-chrome", "navigation", "boilerplate"})
_BOXED_MAX_WORDS = 40
_OWN_WORDS_MAX = 0.5  # share of the line's content words found elsewhere in the text
_CONTENT_MIN_LEN = 3
_ALPHA_RE = re.compile(r"[^\W\d_]+")


# A row of bracketed links and nothing else: "[Imprimer] [Version PDF] [Copier le lien]",
# "[ NATO Homepage ] [ Search ]" (a bracket inside a piece: "[Télécharger (PDF)]").
_BRACKET_ROW_RE = re.compile(r"^\s*(?:\[[^\[\]]+\]\s*){2,}$")
_BRACKET_PIECE_RE = re.compile(r"\[([^\[\]]+)\]")
# (the opening bracket is tested apart: a class alone lets the scan run in C, where an
# alternation with an anchor is tried at every character of every line)
_ROW_MARKS_RE = re.compile(r"[|·\u2022>\u203a]")


def split_pieces(text: str) -> list[str] | None:
    """The pieces of a separator-joined tool line, or None when the line is not one. A row
    of two or more bracketed links is one too, the brackets its separators: a text's own
    bracketed matter (an editor's "[Repealed]", an act's credit "[RT I, 2002, 86, 504]")
    stands one group to a line, or inside a sentence."""
    if _BRACKET_ROW_RE.match(text):
        pieces = [p.strip() for p in _BRACKET_PIECE_RE.findall(text)]
    elif not _INNER_SEP_RE.search(text):
        return None
    else:
        pieces = [p for p in _SPLIT_RE.split(text.strip()) if p]
    if len(pieces) < _SPLIT_MIN_PIECES or len(text.split()) > _SPLIT_MAX_WORDS:
        return None
    for p in pieces:
        if len(p.split()) > _PIECE_MAX_WORDS or p[-1] in _PIECE_END:
            return None
    if _BULLET in text and not _imprint(pieces):
        return None
    return pieces


def _imprint(pieces: list[str]) -> bool:
    """Bullets join an imprint's names (three or more, each opening on a capital, no
    figure); a list of items set inline, or a file's views and pages, is something else."""
    return len(pieces) >= _IMPRINT_MIN_PIECES and all(
        p[:1].isupper() and not any(ch.isdigit() for ch in p) for p in pieces
    )


def mark_split_lines(
    units: Sequence[Unit],
    protected: Callable[[Unit], bool],
    stamp: re.Pattern[str],
    ui: frozenset[str] = frozenset(),
) -> None:
    """Tool rows, download links and office footers cut by separators into short pieces
    are web chrome; a row with a page stamp among its pieces ("Published: …", "Mis à jour
    le …") is metadata, whose date is the page's own (guidelines §2). A row with figures
    is a tool row when most of its pieces name a page tool ("Version PDF · Imprimer ·
    Partager · Vidéo (1 h 34)"): a header's symbol and date name none."""
    for u in units:
        if not _ROW_MARKS_RE.search(u.text) and not u.text.lstrip().startswith("["):
            continue  # most lines: no separator at all
        if not scorable(u) or u.line.heading_level is not None:
            continue
        pieces = split_pieces(u.text)
        if pieces is None:
            continue
        sized = _FILE_SIZE_RE.search(u.text) is not None
        if any(stamp.match(p) for p in pieces):
            # a stamp, as the rules class it, head or not; beside a download link its
            # date would be read as the file's, not the page's, and the row stays open
            if not sized:
                u.noise = "metadata"
        elif protected(u):
            continue
        elif sized or not any(ch.isdigit() for ch in u.text) or _tools(pieces, ui):
            u.noise = "web-chrome"


_TOOLS_MIN_PIECES = 3


def _tools(pieces: list[str], ui: frozenset[str]) -> bool:
    """Most of a row's pieces (three or more) carry a word of the page's interface."""
    named = sum(1 for x in pieces if any(w in ui for w in _ALPHA_RE.findall(x.casefold())))
    return len(pieces) >= _TOOLS_MIN_PIECES and 2 * named > len(pieces)


# A link's target (a Markdown link's address, a bare URL) is not the text's words.
_TARGET_RE = re.compile(r"\]\([^)\s]*\)|https?://\S+")


def _tokens(text: str) -> list[str]:
    """The text's words, case-folded, link targets left out."""
    return _ALPHA_RE.findall(_TARGET_RE.sub(" ", text).casefold())


def _vocabulary(units: Sequence[Unit]) -> Counter[str]:
    """How often each word occurs in the open lines (one pass over their joined text:
    asked only when a line is a candidate)."""
    return Counter(_tokens("\n".join(u.text for u in units if u.noise is None)))


def _own_words(text: str, stop: frozenset[str], vocab: Counter[str]) -> tuple[int, int]:
    """The line's content words (three letters or more, no function word) and how many of
    them occur in another open line."""
    own = Counter(_tokens(text))
    content = [w for w in own if len(w) >= _CONTENT_MIN_LEN and w not in stop]
    return len(content), sum(1 for w in content if vocab[w] > own[w])


def mark_boxed_lines(
    units: Sequence[Unit], protected: Callable[[Unit], bool], stop: frozenset[str]
) -> None:
    """One open line, or two, between two chrome lines are chrome too (a notice's middle
    sentence, a banner's two notices, a teaser among a footer's links, a download link
    with its file) when most of their content words occur nowhere else in the open text:
    a page-title copy between two menus repeats the text's words."""
    boxes = [
        (i, j)
        for i in range(1, len(units) - 1)
        for j in range(i, min(i + _BOX_LINES, len(units) - 1))
        if units[i - 1].noise in _CHROME
        and units[j + 1].noise in _CHROME
        and all(_boxable(units[k], protected) for k in range(i, j + 1))
        # two lines: a banner's notices, sentences both; never a title over its label
        and (i == j or all(ends_sentence(units[k].text) for k in range(i, j + 1)))
    ]
    if not boxes:
        return
    vocab = _vocabulary(units)
    for i, j in boxes:
        if any(units[k].noise is not None for k in range(i, j + 1)):
            continue
        if _foreign_box([units[k].text for k in range(i, j + 1)], stop, vocab) and not any(
            _reads_on(units, k) for k in range(i, j + 1)
        ):
            for k in range(i, j + 1):
                units[k].noise = "web-chrome"


def _foreign_box(
    lines: list[str], stop: frozenset[str], vocab: Counter[str], share: float = _OWN_WORDS_MAX
) -> bool:
    """Each line's content words are mostly (all but ``share``) found neither outside the
    box nor in the box's other line: a page's title over its first paragraph shares the
    paragraph's words."""
    counts = [Counter(_tokens(t)) for t in lines]
    outside = vocab - sum(counts, Counter())
    for k, own in enumerate(counts):
        content = [w for w in own if len(w) >= _CONTENT_MIN_LEN and w not in stop]
        others = sum((c for m, c in enumerate(counts) if m != k), Counter())
        if not content:
            return False
        for seen in (outside, others):
            if sum(1 for w in content if seen[w]) > share * len(content):
                return False
    return True


_BOX_LINES = 2
# The page's first lines, when chrome follows them: a box whose top is the page's edge.
_HEAD_BOX_LINES = 3
# Only a menu or an image's file name closes a head box (a copied file under its host's
# labels): a title stands over a single tool line ("Archived Content", "Skip to main
# content"), over a photo's caption and over its date (tests/test_furniture_banners.py).
# A page's own title on top shares a third or more of its words with a short text (dev:
# 2/6 to 5/14); a host's labels and notices up there share a sixth or less (0/1 to 2/13).
_HEAD_OWN_WORDS_MAX = 0.2
# Labels, not sentences: a text's first paragraph may stand right over a menu, and in a
# short text its words may be its own.
_HEAD_BOX_MAX_WORDS = 12


def _closes_head(u: Unit) -> bool:
    return u.noise == "navigation" or (u.noise == "caption" and is_image_line(u.text))


def mark_head_box(
    units: Sequence[Unit], protected: Callable[[Unit], bool], stop: frozenset[str]
) -> None:
    """The lines above a page's first chrome line, when they are its first lines and
    their words are foreign to the text (an archive's filing labels over a copied file, a
    site's cookie label over its menu), are chrome too: the page's top edge boxes them as
    a menu would. A title on top of the page shares its words with the text, and stays."""
    k = next((i for i, u in enumerate(units[: _HEAD_BOX_LINES + 1]) if u.noise is not None), 0)
    if not k or not _closes_head(units[k]):
        return
    if not all(
        _boxable(units[i], protected) and units[i].words() <= _HEAD_BOX_MAX_WORDS for i in range(k)
    ):
        return
    box = [units[i].text for i in range(k)]
    if _foreign_box(box, stop, _vocabulary(units), _HEAD_OWN_WORDS_MAX) and not any(
        _reads_on(units, i)
        for i in range(k - 1)  # (into the closing line: no sentence)
    ):
        for i in range(k):
            units[i].noise = "web-chrome"


def _boxable(u: Unit, protected: Callable[[Unit], bool]) -> bool:
    """An open, unnumbered line short enough for a box, and no row of a drawn table (its
    cells, "│ 14.│ Abdoulkarim │", may stand among rows misread as a menu)."""
    return (
        scorable(u)
        and not any("\u2500" <= ch <= "\u257f" for ch in u.text)
        and u.marker is None
        and u.words() <= _BOXED_MAX_WORDS
        and not protected(u)
    )


def _reads_on(units: Sequence[Unit], i: int) -> bool:
    """The line runs on into the next one (no end of sentence, next begins lower-case):
    one sentence broken across lines, never a box's separate line."""
    nxt = units[i + 1].text.lstrip()
    return not ends_sentence(units[i].text) and nxt[:1].islower()


_HASHES_RE = re.compile(r"^(#{1,6})\s*(?=\S)")  # glued marks too: "##Protocol tot …"
_VERSION_MIN_WORDS = 4
_OWN_STOP_MIN = 2  # function words of the document's language in its own title
_HEAD_LINES = 6  # the record's headings stand in the page's first lines


def _hashes(u: Unit) -> int:
    m = _HASHES_RE.match(u.text)
    return len(m.group(1)) if m else 0


def mark_language_versions(
    units: Sequence[Unit], stop: frozenset[str], all_stop: frozenset[str]
) -> None:
    """A Markdown heading in the page's first lines with no function word of the
    document's language, right above a heading of the same or a lower rank that has
    some, is a title in another language: the repository's record, not the document.
    Its words are not the text's (a title of the document's own, "National Counter
    Terrorism Strategy" over "Review of the plan", repeats them and stays)."""
    head = [i for i, u in enumerate(units[:_HEAD_LINES]) if u.noise is None]
    vocab: Counter[str] | None = None  # counted only for a heading that passes the rest
    for a, b in itertools.pairwise(head):
        u, v = units[a], units[b]
        if not _hashes(u) or _hashes(v) < _hashes(u) or not scorable(u):
            continue
        mine = _ALPHA_RE.findall(u.text.casefold())
        theirs = _ALPHA_RE.findall(v.text.casefold())
        if len(mine) < _VERSION_MIN_WORDS or any(w in stop for w in mine):
            continue
        if len([w for w in theirs if w in stop]) < _OWN_STOP_MIN:
            continue
        vocab = _vocabulary(units) if vocab is None else vocab
        n, shared = _own_words(u.text, all_stop, vocab)
        if shared <= _OWN_WORDS_MAX * n:
            u.noise = "repository"


_SENTENCE_STOPS = frozenset(".!?")  # not a bracket: a title may close on its symbol
_FOREIGN_MIN_STOP = 1  # function words of another language only, in a host's line


def mark_foreign_head(
    units: Sequence[Unit],
    stop: frozenset[str],
    all_stop: frozenset[str],
    shared: frozenset[str] = frozenset(),
) -> None:
    """A line in the page's first lines written in another language than the document's
    (four words or more, a function word of another language only, none of its own but
    those the two languages share: English and French both have "on") is the host's
    when its stamps or chrome stand right above or below it: a record's title over the
    copy it files (``Council Common Position of 27 December 2001 …`` over a French text,
    its publication date under it), an epigraph the host set over an upload. It stands
    above the document's first line in its own language and is no sentence (a sentence in
    another language is a quotation). A document's own title is in its own language, and
    a bilingual letterhead is set in capitals (``ECONOMIC COMMUNITY OF WEST AFRICAN
    STATES`` over a French declaration): its function words are no prose."""
    other = all_stop - stop
    own = stop - shared
    for i, u in enumerate(units[:_HEAD_LINES]):
        if u.noise is not None or not scorable(u):
            continue
        words = _ALPHA_RE.findall(u.text)
        if any(w.casefold() in own for w in words):
            return  # the document's first line in its own language: the host's stand above
        if len(words) < _VERSION_MIN_WORDS or u.text.rstrip()[-1:] in _SENTENCE_STOPS:
            continue  # a sentence in another language is a quotation, not a label
        if not any(v.noise is not None for v in units[max(0, i - 1) : i + 2]):
            continue  # the host's lines come with its stamps or chrome beside them
        # a function word as prose sets it: in lower case, two letters or more (no
        # letterhead in capitals, no language code "EN", no initial "D.C.", no "S/PRST")
        if sum(1 for w in words if len(w) > 1 and w in other) >= _FOREIGN_MIN_STOP:
            u.noise = "repository"


_MENU_MAX_WORDS = 6  # a footer link
_MENU_MIN_LINES = 3
_LINK_END = frozenset(".;:,")


def _menu_link(u: Unit, protected: Callable[[Unit], bool]) -> bool:
    t = u.text.strip()
    return (
        scorable(u)
        and (u.marker is None or u.marker.kind == "bullet")
        and 1 <= len(t.split()) <= _MENU_MAX_WORDS
        and t[-1] not in _LINK_END
        and not any(ch.isdigit() for ch in t)
        and not protected(u)
    )


def mark_footer_menu(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """The short link lines right above the page's closing chrome, after the last of
    the text, in the second half of the page: the first items of the footer menu. A
    signature block does not make such a run (its lines close on a comma or carry a
    date), nor does a schedule's table (its rows carry figures)."""
    last = max((i for i, u in enumerate(units) if u.noise is None), default=-1)
    if last < 0 or last + 1 >= len(units) or units[last + 1].noise not in _CHROME:
        return
    first = last
    while first >= 0 and units[first].noise is None and _menu_link(units[first], protected):
        first -= 1
    first += 1
    if last - first + 1 >= _MENU_MIN_LINES and first > len(units) // 2:
        for u in units[first : last + 1]:
            u.noise = "navigation"


_HOLE_MAX_LINES = 3  # a footer menu's items the scorer left open between its chrome
_PROSE_MIN_WORDS = 8


def mark_footer_holes(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Below the text's last sentence, the short link lines (``_menu_link``) the scorer
    left open inside the page's closing chrome, up to three in a row with chrome right
    above them and chrome or the page's end right below (``A-Z Site Index`` between a
    footer's links, ``Terms of Use`` closing it), are that footer's menu. A signature
    block stands under the text's last sentence, not inside the chrome, and stays."""
    last = max(
        (
            i
            for i, u in enumerate(units)
            if u.noise is None and u.words() >= _PROSE_MIN_WORDS and ends_sentence(u.text)
        ),
        default=-1,
    )
    if last < 0:
        return
    i = last + 1
    while i < len(units):
        if units[i].noise is not None or units[i - 1].noise not in _CHROME:
            i += 1
            continue
        j = i
        while j < len(units) and units[j].noise is None and _menu_link(units[j], protected):
            j += 1
        closed = j == len(units) or units[j].noise in _CHROME
        if i < j and j - i <= _HOLE_MAX_LINES and closed:
            for u in units[i:j]:
                u.noise = "navigation"
        i = max(j, i + 1)


# A page-bottom note in a PDF's text: its label in brackets, then the wide gap the
# print sets between a note's label and its text ("(a)   2025 c. 19.").
_NOTE_LABEL_RE = re.compile(r"^\((\w{1,3})\)\s")
_NOTE_MAX_WORDS = 30
_PAGE_NUMBER_RE = re.compile(r"^\s*\d{1,4}\s*$")


def _note_label(u: Unit) -> str | None:
    """The label of an open line that opens on a bracketed label set off by a wide gap."""
    m = _NOTE_LABEL_RE.match(u.text)
    if m is None or u.noise is not None or u.words() > _NOTE_MAX_WORDS:
        return None
    end = m.end(0) - 1
    return m.group(1) if any(end <= g <= end + 1 for g in u.gaps) else None


def _called(label: str, page: str) -> bool:
    """The page's text calls the note: its label glued to the word it annotates
    ("the Air Navigation Order 2016(b)", "Act 2025(a);"), not a reference's next part
    ("regulation 4(1)(c)": a bracket follows, or one stands before)."""
    pre = r"[^\W\d_]" if label.isdigit() else r"[^\W_]"
    return re.search(rf"{pre}\({re.escape(label)}\)(?!\()", page) is not None


def mark_page_notes(units: Sequence[Unit]) -> None:
    """The labelled lines right above a page's furniture (its number, its print code),
    each label set off from its text by a wide gap and called in the page's text above,
    are the page's footnotes: the page's number closes the page under its notes
    (guidelines §5). An indented list at a page's foot has the gap, not the calls."""
    top = 0  # the page's first unit
    for i, u in enumerate(units):
        bare = u.noise is None and _PAGE_NUMBER_RE.match(u.text) is not None
        if u.noise not in PRINTED_MARKS and not bare:
            continue
        j = i - 1
        labels: list[str] = []
        while j > top and (label := _note_label(units[j])) is not None:
            labels.append(label)
            j -= 1
        page = "\n".join(v.text for v in units[top : j + 1])
        if labels and all(_called(x, page) for x in labels):
            for v in units[j + 1 : i]:
                v.noise = "page-footer"
            if bare:  # a bare figure under the page's notes is the page's number
                u.noise = "page-number"
        if u.noise is not None:
            top = i + 1


_RUBRIC_MAX_WORDS = 3  # a contents list's rubric: "DÉCRETS", "2025", "Part II"
_RUBRIC_MAX_LINES = 2


def mark_toc_rubrics(units: Sequence[Unit]) -> None:
    """One or two short open lines between two entries of a contents list are its
    rubrics ("DÉCRETS" over "2025"): a list's heading and year stand between its paged
    entries, and the text they head comes after the list."""
    if not any(u.noise == "toc" for u in units):
        return  # most pages: no contents list
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and j - i < _RUBRIC_MAX_LINES + 1 and _rubric(units[j]):
            j += 1
        closed = i > 0 and j < len(units) and units[i - 1].noise == units[j].noise == "toc"
        if j > i and j - i <= _RUBRIC_MAX_LINES and closed:
            for u in units[i:j]:
                u.noise = "toc"
        i = max(j, i + 1)


def _rubric(u: Unit) -> bool:
    t = u.text.strip()
    return u.noise is None and 0 < len(t.split()) <= _RUBRIC_MAX_WORDS and not ends_sentence(t)


_SITE_EDGE = 3  # the lines at each end of the page where a site prints its name
_SITE_MAX_WORDS = 8
_SITE_MIN_SHARED = 2


def _site_line(units: Sequence[Unit], i: int) -> frozenset[str] | None:
    """The words of an open short line without figures beside the page's chrome."""
    u = units[i]
    if u.noise is not None or not scorable(u) or u.marker is not None:
        return None
    if u.words() > _SITE_MAX_WORDS or any(ch.isdigit() for ch in u.text):
        return None
    near = [units[k].noise for k in (i - 1, i + 1) if 0 <= k < len(units)]
    return frozenset(_tokens(u.text)) if any(n in _CHROME for n in near) else None


def mark_site_names(units: Sequence[Unit]) -> None:
    """A short line beside the chrome at the top of the page whose words come back in a
    short line beside the chrome at its foot is the site's name in its banner and its
    footer ("The X Project" over the menu, "The X Project - Y Foundation" over the
    copyright): a document's title is not printed again among a footer's lines."""
    n = len(units)
    if n < 2 * _SITE_EDGE + 1:
        return
    tops = [(i, w) for i in range(_SITE_EDGE) if (w := _site_line(units, i))]
    foots = [(j, w) for j in range(n - _SITE_EDGE, n) if (w := _site_line(units, j))]
    for (i, a), (j, b) in itertools.product(tops, foots):
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        if len(small) >= _SITE_MIN_SHARED and small <= large:
            units[i].noise = units[j].noise = "web-chrome"


def mark_open_chrome(
    units: Sequence[Unit],
    protected: Callable[[Unit], bool],
    stamp: re.Pattern[str],
    stop: frozenset[str],
    all_stop: frozenset[str],
    ui: frozenset[str] = frozenset(),
) -> None:
    """The rules that read the page as the scorer left it, in their order: each one's
    chrome is the next one's neighbour (a tool row boxes a notice's sentence, a footer's
    chrome closes its menu, a print code closes a page's notes)."""
    mark_split_lines(units, protected, stamp, ui)
    mark_boxed_lines(units, protected, all_stop)
    mark_head_box(units, protected, all_stop)
    mark_language_versions(units, stop, all_stop)
    mark_footer_menu(units, protected)
    mark_footer_holes(units, protected)
    mark_page_notes(units)
    mark_toc_rubrics(units)
