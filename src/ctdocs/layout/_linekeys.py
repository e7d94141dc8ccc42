"""A line's shape as the page-furniture rules read it: its key, whether it ends a
sentence, whether the scorer may still class it, dot leaders, web and phone marks.

Kept apart from :mod:`ctdocs.layout._furniture` so that the running-line and contents rules
(:mod:`ctdocs.layout._running`, :mod:`ctdocs.layout._toczone`) share them without a cycle.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ._unit import Unit

__all__ = [
    "KEY_STRIP",
    "PHONE_RE",
    "TABLE_ROW_RE",
    "WEB_RE",
    "ends_sentence",
    "has_dot_leader",
    "has_pipes",
    "is_leader_row",
    "key",
    "leads_in",
    "paged_prose",
    "scorable",
    "unit_key",
]

_SENTENCE_END = frozenset('.!?;:»"”)')
_LABEL_WORDS = 4  # a box's label: "Voir aussi :", "Pour en savoir plus :", "Related links:"
_LETTER_WORD_RE = re.compile(r"[^\W\d_]+")
# A table row drawn with bars: Markdown pipes or box-drawing verticals ("│ 14.│ Name │ … │").
TABLE_ROW_RE = re.compile(r"^[|\u2502\u2503\u2551].*\w.*[|\u2502\u2503\u2551]$")
_ROW_EDGES = "|\u2502\u2503\u2551"  # the bars it opens on: a line opening on none is no row
# Dot leaders ending in a page number ("Introduction.......4", "Recommendation 1 .... page 14"),
# or in the bracketed number of the paragraph a judgment's or a report's section opens on
# ("The attack ........ [5]": such texts number paragraphs, not pages).
_DOT_LEADER_RE = re.compile(
    r"(?:\.{4,}|(?:\.\s){3,}|…{2,})\s*\.?\s*(?:(?:page|p\.)\s*)?(?:\d{1,4}\b|\[\d{1,4}\])",
    re.IGNORECASE,
)
_TABLE_LEADERS = 3
# Leaders run to a full date that closes the line, not to a page: a record's line, as a
# law's legislative history or a chronology prints its stages ("Passed Senate ......
# 29 July 2026", "Adoption ........ 12.03.2024"). A page number never has a month and a
# year after it; a contents entry's own date stands before its leaders. A record may give
# two dates or more, a comma or a conjunction between them ("Financial Intelligence Centre
# ...... 10 March 2026, 2 April 2026": a witness heard twice).
_LEADER_DAY = (
    r"\d{1,2}(?:er|st|nd|rd|th)?(?:\s+[^\W\d_]+\.?,?\s+|[./-]\d{1,2}[./-])(?:1[89]|20)\d\d"
)
_LEADER_DATE_RE = re.compile(
    rf"(?:\.{{4,}}|(?:\.\s){{3,}}|…{{2,}})\s*{_LEADER_DAY}"
    rf"(?:\s*(?:[,;&]|\band\b|\bet\b)\s*{_LEADER_DAY})*\s*$"
)
# Two leaders after a word, then the page number closing the line: the entry took the room.
_SHORT_LEADER_RE = re.compile(r"\w\s?\.\.[ \t]{1,40}\d{1,4}\s*$")
PHONE_RE = re.compile(r"(?:^|\s)(?:\+|00)\d{1,3}[\s(]*\d")  # +31 (0)70 …, 0033 1 …
WEB_RE = re.compile(r"\w@\w[\w-]*\.\w|\bwww\.|https?://")  # e-mail, web address


KEY_STRIP = " .:;!?•-*#"  # what a line's key drops at either end


def key(text: str) -> str:
    return " ".join(text.split()).strip(KEY_STRIP).casefold()


def unit_key(u: Unit) -> str:
    """``key(u.text)``, cut from the unit's folded words (:meth:`Unit.folded`): case
    folding maps no character to or from a space or one of ``KEY_STRIP``, so folding
    before the strip is folding after it."""
    return u.folded().strip(KEY_STRIP)


_PIPE_RE = re.compile(r"[|·•>\u203a»]")


def has_pipes(text: str) -> bool:
    """Inner separators (menus, breadcrumbs: "Home | News"): a mark of _PIPE_RE with a
    character other than a space before and after it, that is one inside the stripped
    text (one scan for the marks, where a pattern opening on any character was tried at
    each one: the scorer's ``pipes`` feature)."""
    s = text.strip()
    return _PIPE_RE.search(s, 1, len(s) - 1) is not None


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and t[-1] in _SENTENCE_END


def scorable(u: Unit) -> bool:
    """An open line the scorer may class: not numbered, not a row of a Markdown table."""
    return (
        u.noise is None
        and (u.marker is None or u.marker.kind == "bullet")
        and not (u.text[:1] in _ROW_EDGES and TABLE_ROW_RE.match(u.text))
    )


def has_dot_leader(text: str) -> bool:
    """Dot leaders ending in a page number ("Introduction.......4"), as in a contents list.
    Three leaders or more on one line with only numbers between them lead to the cells of a
    table's row ("France ........ 126 ........ 94 ........ 6"): the document's figures, not
    contents entries (folded entries have titles between their leaders)."""
    if "...." not in text and ". . ." not in text and "……" not in text:
        # a long entry leaves room for two leaders only ("… CAUSE DE PERTES .. 9")
        return ".." in text and bool(_SHORT_LEADER_RE.search(text))
    return not is_leader_row(text) and bool(_DOT_LEADER_RE.search(text)) and not _leader_date(text)


def _leader_date(text: str) -> bool:
    """Leaders running to a closing date (:data:`_LEADER_DATE_RE`), searched from the last
    leader of the line only: the date and its conjunctions hold no leader, so a match
    opens on the line's last leader, and a search from every dot of a long leader run
    tried the whole tail at each (4,000 dots before a long run of dates took seconds)."""
    start = max(text.rfind("...."), text.rfind(". . ."), text.rfind("……"))
    return start >= 0 and _LEADER_DATE_RE.search(text, start) is not None


def paged_prose(text: str) -> bool:
    """``That the Government of Canada … restricted components. .... 9``: sentences closed by
    one leader and the page they are discussed on, as a report's list of recommendations
    prints each in full; the document's words, not a contents entry (a name of a few words;
    a contents list run together on one line has many leaders)."""
    body = _LEADER_TAIL_RE.sub("", text).rstrip()
    return len(body.split()) > _PROSE_MIN_WORDS and body.endswith(".") and "..." not in body


# the one leader and the page number that close a line ("… components. .... 9")
_LEADER_TAIL_RE = re.compile(r"\.{2,}\s*\d{1,4}\s*$")
_PROSE_MIN_WORDS = 20


def is_leader_row(text: str) -> bool:
    """A table's row drawn with dot leaders: three leaders or more, only numbers after the
    first ("France ........ 126 ........ 94 ........ 6")."""
    if "...." not in text and ". . ." not in text and "……" not in text:
        return False
    cells = _DOT_LEADER_RE.split(text)
    return len(cells) > _TABLE_LEADERS and not any(ch.isalpha() for c in cells[1:] for ch in c)


def leads_in(text: str) -> bool:
    """Whether a line introduces the list below it on a colon and is longer than a box's
    label: the text's own lead-in ("Le plan prévoit trois mesures :", "The calendar is as
    follows:"), not a site's box over its links ("Voir aussi :", "Pour en savoir plus :",
    "Related links:"). Words are runs of letters, so a colon set apart by a blank, as
    French writes it, is no word."""
    t = text.rstrip()
    return t.endswith(":") and len(_LETTER_WORD_RE.findall(t)) > _LABEL_WORDS


def open_runs(units: Sequence[Unit]) -> Iterator[tuple[int, int]]:
    """Start and end of each run of lines not set aside, in order. Why a generator: the
    passes that judge whole runs (banners, menus) set a run's lines aside before the next
    run is sought, and the next run starts where the last one ended either way."""
    i, n = 0, len(units)
    while i < n:
        if units[i].noise is not None:
            i += 1
            continue
        j = i
        while j < n and units[j].noise is None:
            j += 1
        yield i, j
        i = j
