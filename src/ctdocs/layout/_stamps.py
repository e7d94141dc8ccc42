"""A copied page's stamps and history notes written into lines of their own.

A page tells when it was put online or last changed, and which version of a text it
shows, in a short line whose date closes it: the stamp may open the line (``Mis à jour
le …``, found with the page's other stamps by the boilerplate rules) or follow a few
words or a separator (``Décision mise en ligne le 19/06/2026``, ``Télécharger l'avis
(PDF) · Mis à jour le 9 décembre 2024``, ``Version: Current version as at 02 Dec 2026``,
``Dernière modification de cette page le 21 novembre 2026 à 17:42.``). Such a line is
the page's metadata (guidelines §5), when it stands beside the page's chrome or outside
the text's prose (a sentence of the text may say that a law was amended on a date). A
publication line (``Publié le 16/03/2026``) next to an update stamp is the page's date
block too.

A consolidation notes, under a provision, the act that made or amended it: a line made of
that citation only (``[Act 18 of 2026 wef 01/09/2026]``, ``2023, ch. 31, art. 4``). It is
the database's record of the text's history (``repository``), never the text; such a line
above the text's first prose is the act's own designation (``[ REPUBLIC ACT NO. 12318,
January 15, 2026 ]``).

The cue words are language knowledge (``layout.toml``, ``[copy_noise]``); the date is
found by its shape alone (day, month and year in figures or with a month's name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout
from ._linekeys import ends_sentence

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = [
    "citation_line",
    "closes_stamp",
    "holds_date",
    "holds_stamp",
    "inline_stamp",
    "mark_stamps",
    "published_stamp",
]

_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:er|st|nd|rd|th)?\s+[^\W\d]{3,}\.?,?\s+\d{4}"
    r"|[^\W\d]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
# The date closing the stamp, a time of day after it: "21 novembre 2026 à 17:42."
_TAIL = rf"\s*:?\s*{_DATE}(?:\s*(?:à|at|,|-)?\s*\d{{1,2}}[:h.]\d{{2}}(?:\s*[ap]\.?m\.?)?)?\s*\.?$"
_STAMP_MAX_WORDS = 16
_LEAD_MAX_WORDS = 8  # words before the cue: "Télécharger l'avis (PDF, 412 Ko) ·"
_PUBLISHED_MAX_WORDS = 6
_PROSE_MIN_WORDS = 12
_STAMP_TAIL = 14  # characters a stamp's line may hold after its date: " à 17:42."
# Before the cue, a verb that puts the change ahead: "will be updated on …", "doit être
# mis à jour le …" is the text's own plan, not the page's stamp.
_AHEAD = frozenset({"be", "être"})
_CHROME_REASONS = frozenset(
    {"web-chrome", "navigation", "boilerplate", "metadata", "toc", "repository", "markup"}
)


@cache
def _patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    cues = load_layout().copy_noise
    if cues is None:
        return None, None, None

    def union(pats: Sequence[str], tail: str) -> re.Pattern[str] | None:
        if not pats:
            return None
        return re.compile(f"(?:{any_of(pats)}){tail}", re.IGNORECASE)

    return (
        union(cues.stamp_inline, _TAIL),
        union([f"^(?:{p})" for p in cues.published], _TAIL),
        union([f"^(?:{p})$" for p in cues.citation_line], ""),
    )


def _bare(u: Unit) -> str:
    if u.marker is not None and u.marker.kind == "bullet":
        return u.text[u.marker.end :].strip()
    return u.text.strip()


def _open(u: Unit) -> bool:
    return u.noise is None and (u.marker is None or u.marker.kind == "bullet")


@cache
def _stamp_inside() -> re.Pattern[str] | None:
    """A stamp's cue then its date anywhere in a line (``inline_stamp`` wants it last)."""
    cues = load_layout().copy_noise
    if cues is None or not cues.stamp_inline:
        return None
    return re.compile(rf"(?:{any_of(cues.stamp_inline)})\s*:?\s*{_DATE}", re.IGNORECASE)


# A label and its colon, then a date closing the line: "… · Dernière synchronisation :
# 22.04.2026", whatever the label's words.
_LABELLED_END_RE = re.compile(rf"[^\W\d_]\w*\s?:\s*{_DATE}\s*\.?\s*$")


def holds_stamp(text: str) -> bool:
    """Whether a page's stamp stands somewhere in the line ("… | Communication no 3655/2019
    Dernière mise à jour : 05/05/2026 © …", a foot's lines joined into one), or a labelled
    date closes it: a rule that sets such a line aside would hide the page's own date from
    the stamp readers, which look for their cue at a line's start."""
    t = text.replace("\u2019", "'")
    pat = _stamp_inside()
    return (pat is not None and pat.search(t) is not None) or bool(_LABELLED_END_RE.search(t))


def inline_stamp(text: str) -> bool:
    """A short line that ends with a page's stamp: its cue after at most a few words, then
    the date closing the line."""
    pat = _patterns()[0]
    if pat is None or len(text.split()) > _STAMP_MAX_WORDS:
        return False
    m = pat.search(text.replace("\u2019", "'"))
    if m is None:
        return False
    lead = text[: m.start()].split()
    if len(lead) > _LEAD_MAX_WORDS or (lead and lead[-1].casefold() in _AHEAD):
        return False
    return not ends_sentence(" ".join(lead)) or lead[-1][-1:] in ":)"


def _stamp_line(text: str, u: Unit, protected: Callable[[Unit], bool]) -> bool:
    """A stamp line outside the prose: a submission stamp, or a line an inline stamp closes
    (not the head's own line, unless that is an issue line the update stamp follows)."""
    if submitted_stamp(text):
        return True
    return inline_stamp(text) and (issue_then_update(text) or not protected(u))


# A weekday may stand before the date ("le sam 18/10/2026", "on Fri, 27/11/2026"), and a
# time of day closes the line ("- 21:47"); after a cue a meeting's record shares, only
# after a dash (a motion is "Submitted by the Chair on 3 May 2026 at 10:30").
_WEEKDAY = r"\s+(?:[^\W\d]{2,9}\.?,?\s+)?"
_SUBMITTED_TAIL = rf"{_WEEKDAY}{_DATE}(?:\s*(?:[-–,]|à|at))?\s*\d{{1,2}}[:h]\d{{2}}\s*$"
_DASHED_TAIL = rf"{_WEEKDAY}{_DATE}\s*[-–]\s*\d{{1,2}}[:h]\d{{2}}\s*$"
# A bullet before a line's stamp (``closes_stamp`` reads the noise line as it stands).
_BULLET_RE = re.compile(r"^\s*[-*•·–]\s+")


@cache
def _submitted() -> re.Pattern[str] | None:
    cues = load_layout().copy_noise
    if cues is None:
        return None
    alts = [
        rf"(?:{any_of(pats)}){tail}"
        for pats, tail in ((cues.submitted, _SUBMITTED_TAIL), (cues.submitted_dashed, _DASHED_TAIL))
        if pats
    ]
    return re.compile(rf"^(?:{'|'.join(alts)})", re.IGNORECASE) if alts else None


def submitted_stamp(text: str) -> bool:
    """A content system's submission stamp, the whole line: who put the page online, then
    the day and the minute (``Publié par Cellule communication le sam 18/10/2026 - 21:47``,
    ``Submitted by admin on Fri, 27/11/2026 - 10:12``). A document's own issue line gives
    no minute, and its sentences do not end on one; a motion's line in minutes ("Submitted
    by the Chair on 3 May 2026 at 10:30") gives no dash before its minute."""
    pat = _submitted()
    return pat is not None and pat.match(text.strip()) is not None


def issue_then_update(text: str) -> bool:
    """A publication line an update stamp closes (``Publié le 06/07/2026 - Mis à jour le
    15/07/2026``): the page's date block, not a release's issue line, though it opens like
    one (guidelines §5 name ``Mis à jour le``); its dates still count."""
    pat = _patterns()[0]
    m = pat.search(text.replace("\u2019", "'")) if pat is not None else None
    if m is None or m.start() == 0:
        return False
    return published_stamp(text[: m.start()].rstrip(" -–—|·,;"))


def closes_stamp(text: str, date_end: int, line_start: int, line_end: int) -> bool:
    """Whether the date ending at ``date_end`` closes a stamp written inside its line (a
    time of day may follow it): the page's own date, which counts though the line is
    noise (guidelines §5)."""
    if line_end - date_end > _STAMP_TAIL:
        return False
    line = text[line_start:line_end]
    return inline_stamp(line) or submitted_stamp(_BULLET_RE.sub("", line))


def published_stamp(text: str) -> bool:
    """A publication cue and its date, alone on the line (``Publié le 22 avril 2026``)."""
    pat = _patterns()[1]
    return pat is not None and pat.match(text.strip().replace("\u2019", "'")) is not None


def citation_line(text: str) -> bool:
    """A line made of an amending act's citation only: a consolidation's history note."""
    pat = _patterns()[2]
    return pat is not None and pat.match(text.strip()) is not None


def _prose_span(units: Sequence[Unit]) -> tuple[int, int]:
    """The first and last lines of the text's prose: long lines that end a sentence."""
    prose = [
        i
        for i, u in enumerate(units)
        if u.noise is None and u.words() >= _PROSE_MIN_WORDS and ends_sentence(u.text)
    ]
    return (prose[0], prose[-1]) if prose else (len(units), -1)


def _beside_chrome(units: Sequence[Unit], i: int) -> bool:
    return any(0 <= k < len(units) and units[k].noise in _CHROME_REASONS for k in (i - 1, i + 1))


_DATE_RE = re.compile(_DATE)


def holds_date(text: str) -> bool:
    """A full date anywhere in the line, by its shape (``21 June 2025``, ``4/9/2025``,
    ``2026-02-03``): day, month and year, not a year alone."""
    return _DATE_RE.search(text) is not None


def _dated_stamp(units: Sequence[Unit], k: int) -> bool:
    """An update stamp with its date (not the separator of a date block, "• |")."""
    return (
        0 <= k < len(units)
        and units[k].noise == "metadata"
        and bool(_DATE_RE.search(units[k].text))
    )


def mark_stamps(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Stamps written inside a line, publication lines beside them, citation lines."""
    first, last = _prose_span(units)
    for i, u in enumerate(units):
        guessed = u.noise == "boilerplate"  # found by the scorer: a stamp's reason is its own
        if u.noise is None and i > first and citation_line(_bare(u)) and not protected(u):
            # a whole line of citations, numbered or not ("art. 12 ……… mod. L. n° …"); in
            # the head, "[ REPUBLIC ACT NO. 12318, … ]" is the act's own designation
            u.noise = "repository"
            continue
        if not (_open(u) or (guessed and u.marker is None)):
            continue
        where = guessed or i < first or i > last or _beside_chrome(units, i)
        if where and _stamp_line(_bare(u), u, protected):
            u.noise = "metadata"
    _mark_history_heads(units, protected)
    published = _patterns()[1]
    if published is None:
        return
    opened = next((i for i, u in enumerate(units) if _numbered(u)), len(units))
    for i, u in enumerate(units):
        if not _open(u) or u.words() > _PUBLISHED_MAX_WORDS:
            continue
        beside = any(_dated_stamp(units, k) for k in (i - 1, i + 1))
        outside = i < min(first, opened) or i > last
        stamp = beside or _web_stamp(units, i, outside) or _alone(u, outside)
        if stamp and published.match(_bare(u)):
            u.noise = "metadata"


def _numbered(u: Unit) -> bool:
    return u.marker is not None and u.marker.kind != "bullet"


def _alone(u: Unit, outside: bool) -> bool:
    """A publication line alone, above the text's first prose and first numbered line or
    below its last prose, is the page's stamp even with nothing set aside beside it: a
    site's template prints ``Publié le 27/11/2026`` under a release's title as it prints
    its update stamp (guidelines §5, the page's own stamps), though the head's protection
    reads a publication line as a release's issue line: a release dates itself by its
    place-and-date line. In capitals it is a printed cover's issue line; below a numbered
    heading it is a field of the document's own record (``1. Introduction`` / ``Date de
    publication : 2026-04-15``)."""
    return outside and u.marker is None and not u.text.isupper()


def _web_stamp(units: Sequence[Unit], i: int, outside: bool) -> bool:
    """A publication line outside the text's prose with the page's furniture beside it (a
    photo's caption, the tool row under a release's title: ``Release Date: October 21,
    2026``) is the page's stamp, as an update stamp is. With nothing set aside beside it,
    the same line alone outside the prose is a stamp too, by :func:`_alone` (a site's
    template prints it under a release's title); on a bullet it is a date block's (the
    boilerplate rules decide); set in capitals it is a printed cover's issue line
    (``PUBLIÉ LE 27 MAI 2026`` on a recueil)."""
    u = units[i]
    if not outside or u.marker is not None or u.text.isupper():
        return False
    return any(0 <= k < len(units) and _boxing(units[k]) for k in (i - 1, i + 1))


def _boxing(u: Unit) -> bool:
    """Set aside for what it is (chrome, a caption, a stamp), not for being a rule."""
    return u.noise is not None and u.noise != "markup"


_HISTORY_HEAD_WORDS = 8


def _mark_history_heads(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """A short line between a consolidation's history heading and its first note (the
    table's column heads, "Provision affected   How affected") is the history's too; a
    signature's line between two fields of the closing box is not (its neighbour below
    must be a history note)."""
    for i in range(1, len(units) - 1):
        u = units[i]
        if (
            _open(u)
            and units[i - 1].noise == "repository"
            and units[i + 1].noise == "repository"
            and u.words() <= _HISTORY_HEAD_WORDS
            and not ends_sentence(u.text)
            and _history_note(_bare(units[i + 1]))
            and not protected(u)
        ):
            u.noise = "repository"


@cache
def amendment_notes() -> re.Pattern[str] | None:
    """A consolidation's notes on a provision's history (``layout.toml``,
    ``amendment_notes``), or None when the file lists none."""
    pats = load_layout().amendment_notes
    return re.compile(any_of(pats), re.IGNORECASE) if pats else None


def _history_note(text: str) -> bool:
    pat = amendment_notes()
    return citation_line(text) or (pat is not None and pat.match(text) is not None)
