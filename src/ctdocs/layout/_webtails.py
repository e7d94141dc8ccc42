"""Web page chrome told by repetition and position: heading tails, trailing asides, glosses.

Two shapes hold across sites, whatever their wording or language:

* A wiki or a content system writes the same link group after every heading of a page
  (``Historique[modifier | modifier le code]``, ``History[edit]``). A bracketed group
  that ends three or more short lines, identical on each, is no part of their text: it
  is cut off each line as its own unit of noise, and the heading keeps its words (a
  numbered provision's "5 [Repealed]" is the provision's own record, and stays). Its
  reason is ``markup`` (link text the page's markup adds to each heading), not chrome:
  a heading between two such tails is no menu item between two chrome lines.
* After the document's last line of text (its last prose or numbered line) and before
  the page's closing chrome, a page may list related material: other items with their
  dates (``Washington Summit Declaration 10 Jul. 2024``, ``Chambre criminelle, 26 mars
  2026, 25-85.118``) or bare links (a Markdown ``- [Plan NRBC](#)``), under short
  headings (``Related``, ``Décisions similaires``). Where that stretch holds only short
  lines and two or more such items, the whole stretch is the page's aside (guidelines
  §5). A signature or a numbered line inside it ends the test: that is the document's
  close, not an aside. An item that points elsewhere (a link of its own, or on a web page
  a bulleted title and date) counts by its shape, however long and text-like its title;
  a last row of bare links closes the text as the marked chrome does.
* A page's in-page contents (``In this section``, ``Sommaire``, ``On this page``) is a
  run of three or more short bulleted lines, each printed first further down as a line
  of its own, not a bullet (a heading), with or without its section number: the run is a contents
  list, and so is the short line that heads it, whatever its words.
* A row of three or more tabs or facets, each a label of one to three words with its
  count (``Summary (0)   Text (1)   Actions (4)   Cosponsors (11)``), is the page's
  navigation: a document writes no run of counted labels without a verb.

* A running head or a page's title bar, found as furniture or chrome on a line of its
  own, may come back glued to the start of a paragraph where the copy lost the line
  break after it (``… SECOND AMENDMENT ACT, 2026 installation or facility …``): the
  paragraph opening with the whole of such a line (five words or more) is cut after it,
  and the cut-off head takes the line's reason.

* A chrome line's label may come back as the opening of a line that glosses it, after a
  colon or a dash (``Summaries of EU legislation: direct access to the main summaries
  page.`` under the site's ``Summaries of EU Legislation``): a link's tooltip copied as
  text. The whole line takes the chrome's reason when the label is three words or more
  and the gloss is short.

Not a rule: short bulleted lines between two noise lines before the first prose line (a
page's tag chips) were set aside in session 9 and taken out again, since on texts from
new publishers they took a document's own head lists with them (body lines lost rose).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .._knowledge import function_words
from ._furniture import ends_sentence, scorable
from ._linekeys import leads_in, unit_key
from ._sitefooter import mark_site_footer
from ._unit import PRINTED_MARKS, SITE_CHROME

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = [
    "mark_chrome_glosses",
    "mark_count_tabs",
    "mark_inpage_contents",
    "mark_page_boxes",
    "mark_trailing_asides",
    "split_chrome_prefixes",
    "split_heading_tails",
]

# A bracketed group at the end of a line, with a word of three letters or more inside and
# no figure (a consolidation's "[Repealed, 2024, c. 16, s. 96]" is the provision's record).
_TAIL_RE = re.compile(r"\s*\[([^\[\]\n\d]{3,40})\]\s*$")
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_TAIL_MIN = 3  # lines ending in the same group
_TAIL_LINE_WORDS = 12  # a heading, not a paragraph ending in a bracketed note

# A full date: day, month (word or number), year; month, day, year; or ISO 8601.
_FULL_DATE_RE = re.compile(
    r"\b\d{1,2}(?:er)?[\s./-]+(?:[^\W\d_]{3,9}\.?|\d{1,2})[\s./,-]+\d{4}\b"
    r"|\b[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b"
)
# A line that is only Markdown links ("- [Terrorisme en France](#)"), bullet dropped.
_LINKS_RE = re.compile(r"^(?:\[[^\[\]]+\]\([^()\s]*\)[\s|·,;]*)+$")
_ASIDE_LINE_WORDS = 15  # every open line of an aside is this short
_ASIDE_ITEMS = 2  # dated or linked items that make a stretch an aside
_ASIDE = "boilerplate"


def split_heading_tails(units: list[Unit]) -> list[Unit]:
    """The units with a repeated heading tail cut off each line as web chrome."""
    tails: dict[int, re.Match[str]] = {}
    for i, u in enumerate(units):
        numbered = u.marker is not None and u.marker.kind != "bullet"
        if u.noise is None and not numbered and u.words() <= _TAIL_LINE_WORDS:
            m = _TAIL_RE.search(u.text)
            if m and m.start() > 0 and _WORD_RE.search(m.group(1)):
                tails[i] = m
    counts = Counter(m.group(1).casefold() for m in tails.values())
    if not any(n >= _TAIL_MIN for n in counts.values()):
        return units
    out: list[Unit] = []
    for i, u in enumerate(units):
        m = tails.get(i)
        if m is None or counts[m.group(1).casefold()] < _TAIL_MIN:
            out.append(u)
            continue
        out.extend(_split(u, m))
    return out


def _split(u: Unit, m: re.Match[str]) -> tuple[Unit, Unit]:
    """The line's words, then its tail (from its bracket on) as a unit of chrome."""
    from ._unit import Unit

    cut = u.start + m.start()
    bracket = u.start + u.text.index("[", m.start())
    head = Unit(
        u.start,
        cut,
        u.text[: m.start()],
        u.line,
        marker=u.marker,
        nav=u.nav,
        page=u.page,
        bbox=u.bbox,
        role=u.role,
        gaps=tuple(g for g in u.gaps if g < m.start()),
    )
    tail = Unit(bracket, u.end, u.text[bracket - u.start :], u.line, noise="markup")
    tail.nav, tail.page, tail.bbox = u.nav, u.page, u.bbox
    return head, tail


def _item(u: Unit) -> bool:
    """A related item: a line of links only, or a short line with a full date that ends
    no sentence (an item's title and date, a decision's citation: "Chambre criminelle, 26
    mars 2026, 25-85.118"; a release's "- The strategy was adopted on 12 March 2025." is
    its own note)."""
    text = u.text
    if u.marker is not None and u.marker.kind == "bullet":
        text = text[u.marker.end :].strip()
    if _LINKS_RE.match(text):
        return True
    return bool(_FULL_DATE_RE.search(text)) and text[-1:] not in ".!?;:"


def _link_bar(u: Unit) -> bool:
    """A row of two or more links and nothing else, no bullet: the page's closing link bar
    (``[legifrance.gouv.fr](#) · [service-public.fr](#)``), chrome the layout stage may
    not have marked yet; it closes the text as the marked chrome does."""
    return u.marker is None and u.text.count("](") >= 2 and bool(_LINKS_RE.match(u.text))


def _pointer(u: Unit, site: bool) -> bool:
    """A related item that points elsewhere, whatever the line scorer made of its words
    and however long its title: one that carries a link of its own (``- [Rapport n° 87
    …](#), déposé le 29 octobre 2025``), or, on a web page, a bulleted item (a list's
    title and date). A line of prose ending on a date is no list entry; in a text of
    printed pages (page numbers, running heads) a dated list without links may be the
    text's own (the persons heard, with the day of their hearing)."""
    bullet = u.marker is not None and u.marker.kind == "bullet"
    return _item(u) and ("](" in u.text or (site and bullet))


def mark_trailing_asides(
    units: Sequence[Unit], good: Sequence[bool], protected: Callable[[Unit], bool]
) -> None:
    """The stretch between the document's last line of text and the page's closing chrome
    is an aside when it holds only short open lines, two or more of them related items.
    A pointer the line scorer took for text (a long linked title) does not end the
    stretch, nor is it held to the short-line test: its shape says it is an item. A list
    the text introduces itself (:func:`._linekeys.leads_in`) with no link to elsewhere is the text's
    (a bill's timetable, its dated steps), not an aside."""
    end = len(units)
    while end > 0 and (units[end - 1].noise is not None or _link_bar(units[end - 1])):
        end -= 1
    if end == len(units):
        return  # no closing chrome: a text, not a page around it
    site = not any(u.noise in PRINTED_MARKS for u in units)  # a web page, not printed pages
    start = end
    while start > 0:
        u = units[start - 1]
        numbered = u.marker is not None and u.marker.kind != "bullet"
        if leads_in(u.text) and not any("](" in v.text for v in units[start:end]):
            return  # the text introducing its own list, no item linked elsewhere
        if (
            (good[start - 1] and not _pointer(u, site))
            or numbered
            or (u.noise is None and protected(u))
        ):
            break
        start -= 1
    if start == 0 or _list_goes_on(units, start):
        return  # no line of text to stand after, or the text's own list going on
    stretch = [u for u in units[start:end] if u.noise is None]
    if not stretch or any(
        not scorable(u) or (u.words() > _ASIDE_LINE_WORDS and not _pointer(u, site))
        for u in stretch
    ):
        return
    if sum(1 for u in stretch if _item(u)) >= _ASIDE_ITEMS:
        for u in stretch:
            u.noise = _ASIDE


def _list_goes_on(units: Sequence[Unit], start: int) -> bool:
    """The stretch opens on an item of the list whose item above it is the text's (the
    persons a committee heard, the first named at length): no blank line between them, both
    bulleted. A page's related list stands apart, under its label."""
    above, first = units[start - 1], units[start]
    return (
        above.noise is None
        and first.noise is None
        and not first.line.blank_before
        and all(v.marker is not None and v.marker.kind == "bullet" for v in (above, first))
    )


_CONTENTS_MIN = 3  # entries in an in-page contents list
_CONTENTS_WORDS = 10  # an entry is a heading's words
_CONTENTS_HEAD_WORDS = 4  # "In this section", "On this page", "Dans cette rubrique"
# A section number before an entry's words: "1.1 Origines (1978-1995)".
_SECTION_NO_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+")


def _key(text: str) -> str:
    return " ".join(text.split()).strip(" .:;!?•-*#").casefold()


def _bulleted(u: Unit) -> str | None:
    """The words of an open, bulleted, unpunctuated short line; None for another line."""
    if u.noise is not None or u.marker is None or u.marker.kind != "bullet":
        return None
    text = u.text[u.marker.end :].strip()
    if not text or text[-1] in ".;!?:" or len(text.split()) > _CONTENTS_WORDS:
        return None
    return text


def mark_inpage_contents(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Runs of bulleted lines each printed again later on a line of its own: a contents
    list, with the short line above it."""
    later: dict[str, int] = {}  # the first print of each line that is no bullet
    for i, u in enumerate(units):
        if u.marker is None or u.marker.kind != "bullet":  # a list printed again is no heading
            later.setdefault(unit_key(u), i)  # (_key(u.text))
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and _linked(units, j, later):
            j += 1
        if j - i >= _CONTENTS_MIN:
            for u in units[i:j]:
                u.noise = "toc"
            above = units[i - 1] if i > 0 else None
            if (
                above is not None
                and scorable(above)
                and above.words() <= _CONTENTS_HEAD_WORDS
                and above.text.rstrip()[-1:] not in ".;!?"
                and not protected(above)
            ):
                above.noise = "toc"
        i = max(j, i + 1)


def _linked(units: Sequence[Unit], i: int, later: dict[str, int]) -> bool:
    text = _bulleted(units[i])
    if text is None:
        return False
    return later.get(_key(_SECTION_NO_RE.sub("", text)), i) > i or later.get(_key(text), i) > i


# Three labels or more of one to three words, each with its count in brackets.
_COUNT_TABS_RE = re.compile(r"^(?:[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*\(\d{1,6}\)\s*){3,}$")


def mark_count_tabs(units: Sequence[Unit]) -> None:
    """Rows of counted labels (a page's tabs or facets) are navigation."""
    for u in units:
        if "(" in u.text and scorable(u) and u.marker is None and _COUNT_TABS_RE.match(u.text):
            u.noise = "navigation"


def mark_page_boxes(
    units: Sequence[Unit], good: Sequence[bool], protected: Callable[[Unit], bool]
) -> None:
    """The boxes a page hangs around its text, read before the line scorer: rows of
    counted tabs, the aside after the text, the in-page contents list, the site's footer
    that names it."""
    mark_count_tabs(units)
    mark_site_footer(units, protected)
    mark_trailing_asides(units, good, protected)
    mark_inpage_contents(units, protected)


_GLOSS_LABEL_WORDS = 3
_GLOSS_WORDS = 12
# Where a label may end and its gloss begin: a colon (French spacing too), a dash or a bar.
# (" ?:" written ":| :": a pattern that opens on an optional blank is tried at every place.)
_GLOSS_CUT_RE = re.compile(r":| [-:\u2013\u2014|]")
_GLOSS_CUTS = 3  # the first cuts of a line are tried, no more


def mark_chrome_glosses(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Open lines that open with a chrome line's whole text (case aside), then a colon or
    a dash and a few words: the chrome link's gloss, noise of the chrome's reason."""
    labels = {
        u.folded(): u.noise  # (the unit's words and fold, made once for every rule)
        for u in units
        if u.noise in SITE_CHROME and u.words() >= _GLOSS_LABEL_WORDS
    }
    if not labels:
        return
    # a cut further on than the longest label leaves a head that is none: the line is
    # read that far only (its first cuts are the same; the rest of a paragraph is not read)
    reach = max(map(len, labels)) + 2
    for u in units:
        if not scorable(u) or u.marker is not None:
            continue
        flat = u.folded()
        # speed: a line is cut at its first separators and each head looked up, never
        # read against every label
        for k, cut in enumerate(_GLOSS_CUT_RE.finditer(flat, 0, reach)):
            if k >= _GLOSS_CUTS:
                break
            reason = labels.get(flat[: cut.start()])
            if reason is None:
                continue  # (the rest's words counted only after a label: a paragraph's)
            gloss = len(flat[cut.end() :].split())
            if 0 < gloss <= _GLOSS_WORDS and not protected(u):
                u.noise = reason
                break


_GLUED_REASONS = frozenset({"page-header", "page-footer", "web-chrome"})
_GLUED_MIN_WORDS = 5


def split_chrome_prefixes(units: list[Unit]) -> list[Unit]:
    """The units with each open line that opens with the whole text of a running head
    or title bar found elsewhere cut in two: that head as noise, then the line's text.
    A button's label or two may stand before the copy ("Transcription" on a document
    sharing site), and go with it."""
    heads: dict[str, str] = {}
    for u in units:
        if u.noise not in _GLUED_REASONS:
            continue  # speed: only a head's own line is read whole
        t = _masked(" ".join(u.text.split()))
        if len(t.split()) >= _GLUED_MIN_WORDS:
            heads.setdefault(t, u.noise)
    if not heads:
        return units
    firsts = {h.split()[0] for h in heads}
    plain = not any("#" in f for f in firsts)  # no head opens on a number
    out: list[Unit] = []
    for u in units:
        found = _glued_head(u, heads, firsts, plain) if u.noise is None else None
        if found is None:
            out.append(u)
        elif found[0] == u.words():
            u.noise = found[1]  # labels and the copy, nothing after
            out.append(u)
        elif u.words() - found[0] < _GLUED_REST_WORDS:
            out.append(u)  # a short line after it: a label or title the head reader weighs
        else:
            out.extend(_cut_head(u, *found))
    return out


_GLUED_LEAD = 2  # a button's label or two before the copy
# The words after the copy that make a paragraph's opening: a shorter rest ("AVANT-PROJET DE
# RAPPORT") may be the document's label over its title, left whole for the title reader.
_GLUED_REST_WORDS = 6


_NUMBER_RE = re.compile(r"\d+")


def _masked(text: str) -> str:
    """The text with its numbers blanked: a running foot glued to the next page's first
    line carries that page's number ("Page 1   GAO-26-… Counter-Drone Authorities"), the
    prints found alone carry theirs ("Page 22 …")."""
    return _NUMBER_RE.sub("#", text)


def _glued_head(
    u: Unit, heads: dict[str, str], firsts: set[str], plain: bool = False
) -> tuple[int, str] | None:
    """How many of the unit's words are a known head (with its labels), and its reason.
    ``plain``: no first word holds a "#", so a word that masking changes (one with a
    number) is none of them, and a word is one as it stands (not masked three times a line)."""
    # speed: a head opens on one of the first three words; most lines are long and open
    # on none, and are not masked and split whole (masking keeps each word a word)
    lead_words = u.text.split(None, _GLUED_LEAD + 1)[: _GLUED_LEAD + 1]
    if plain and all(w not in firsts for w in lead_words):
        return None
    if all(_masked(w) not in firsts for w in lead_words):
        return None
    words = _masked(u.text).split()
    for lead in range(min(_GLUED_LEAD, len(words) - 1) + 1):
        if words[lead] not in firsts or any(ends_sentence(w) for w in words[:lead]):
            continue
        if any(w.casefold() in function_words() for w in words[:lead]):
            continue  # "The Joint Committee … was asked": a sentence names what the head names
        flat = " ".join(words[lead:])
        for h, reason in heads.items():
            n = len(h.split())
            if flat.startswith(h + " ") or (lead and flat == h):
                return lead + n, reason
    return None


def _cut_head(u: Unit, nwords: int, reason: str) -> tuple[Unit, ...]:
    """The unit's first ``nwords`` words as a unit of ``reason``, then the rest (its
    marker found again: the rest may open a numbered paragraph)."""
    from ._numbering import find_marker

    ends = [m.end() for m in re.finditer(r"\S+", u.text)]
    cut = ends[nwords - 1]
    rest = len(u.text) - len(u.text[cut:].lstrip())
    first = u.part(0, cut, noise=reason)
    return first, u.part(rest, len(u.text), marker=find_marker(u.text[rest:]))
