"""A repository's record around the text, told by its markup: YAML front matter and
HTML-only lines (the reader flags them), an image's file name, and what a ``<details>``
block folds away.

A consolidation folds each provision's history under ``<summary>Historical Note</summary>``:
citation lists (``R.S., 1985, c. E-17, s. 5; 1993, c. 32, s. 3``), the database's record,
never the text. A wiki or a book export folds the text's own paragraphs too (an example
box, ``<summary>Exemple : le cas « Noah »</summary>``): sentences of running words, which
a history note never holds. Such a line stays the text's: the line's shape tells them
apart, unless the fold's summary names it the record (``Historical Note``, ``Version
history``, ``Historique des versions``: ``[copy_noise] record_folds``), whose changelog
or note may be written in sentences too.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout
from ..normalise._text import is_image_line

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._unit import Unit

__all__ = ["folded_prose", "mark_repository", "record_summary"]

_DETAILS_OPEN_RE = re.compile(r"^<details\b", re.IGNORECASE)
_DETAILS_CLOSE_RE = re.compile(r"^</details\s*>", re.IGNORECASE)
_SUMMARY_RE = re.compile(r"<summary\b[^>]*>(.*?)(?:</summary\s*>|$)", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]*>")
# A summary left open on its line: its label follows on lines of its own.
_SUMMARY_OPEN_RE = re.compile(r"<summary\b[^>]*>(?!.*</summary)[^<]*$", re.IGNORECASE)
_PROSE_MIN_WORDS = 12
_RUNNING_SHARE = 0.5  # of a sentence's words, lower-case words of three letters or more
_RUNNING_WORD_RE = re.compile(r"^[(«\"'“]?[^\W\d_A-Z]{3,}", re.UNICODE)
_PROSE_END = frozenset(".!?…")


def folded_prose(text: str) -> bool:
    """A line of running sentences: twelve words or more, closed by a sentence's end, half
    of them lower-case words (a citation list is abbreviations and numbers)."""
    t = text.rstrip()
    words = t.split()
    if len(words) < _PROSE_MIN_WORDS or t[-1:] not in _PROSE_END:
        return False
    running = sum(1 for w in words if _RUNNING_WORD_RE.match(w) and not w[:1].isupper())
    return running >= _RUNNING_SHARE * len(words)


@cache
def _record_fold() -> re.Pattern[str] | None:
    cues = load_layout().copy_noise
    if cues is None or not cues.record_folds:
        return None
    return re.compile(any_of(cues.record_folds), re.IGNORECASE)


def _names_record(label: str) -> bool:
    pat = _record_fold()
    return pat is not None and pat.search(_TAG_RE.sub(" ", label)) is not None


def record_summary(text: str) -> bool:
    """Whether a markup line holds a fold's summary that names the repository's record
    (``<summary>Historical Note</summary>``, ``<summary>Historique des versions</summary>``,
    ``[copy_noise] record_folds``)."""
    m = _SUMMARY_RE.search(text)
    return m is not None and _names_record(m[1])


def mark_repository(units: Sequence[Unit]) -> None:
    """Markup-only lines, image names, and the lines a ``<details>`` block folds away but
    its prose (:func:`folded_prose`), unless its summary names the fold the repository's
    record (:func:`record_summary`, or the label on the lines between ``<summary>`` and
    ``</summary>``: a changelog's or a history note's sentences)."""
    inside = record = label = False
    for u in units:
        if u.line.markup and is_image_line(u.text):
            u.noise = "caption"  # an image's file name
        elif u.line.markup:
            u.noise = "repository"
            if _DETAILS_OPEN_RE.match(u.text):
                inside, record = True, False
            elif _DETAILS_CLOSE_RE.match(u.text):
                inside = False
            record = record or (inside and record_summary(u.text))
            label = inside and _SUMMARY_OPEN_RE.search(u.text) is not None
        elif inside and label:
            record = record or _names_record(u.text)
            u.noise = "repository"  # the summary's label, on lines of its own
        elif inside and (record or not folded_prose(u.text)):
            u.noise = "repository"
