"""Boxes under the text: a release's press contacts and a page's history of updates.

Below a web page's last paragraph a site sets small boxes of short lines, a blank line
above each: the press office to call (a label, a name, a role, phone numbers, an e-mail
address) and the page's own record (when it was published, when updated, a dated log
of the changes). No two sites word them alike, but their shapes are the same: every
line short and no paragraph among them, and either a phone number or an e-mail address
in the box, or dates opening most of its lines beside the page's stamp. With no prose
below it such a box is the page's, not the text's; above the last paragraph (a clause's
contact point, a chronology) it is left alone. A site's plug under its boxes (a short
call to subscribe, a line sending the reader to a web address) is no such paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .._knowledge import fold, folded_given_names
from ._furniture import is_contact, is_local_contact, is_signed_name, scorable
from ._linekeys import WEB_RE
from ._unit import PRINTED_MARKS

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["is_contact_line", "mark_tail_boxes"]

_BOX_LINES = 8  # a box is a few lines; a longer run is a list of the text
_BOX_WORDS = 15
_SENTENCE_WORDS = 5  # "Attachée de presse." is a label; six words and a stop, a sentence
_PHONE_ONLY_RE = re.compile(r"^(?:\+|00)?[\d\s().-]{8,22}$")
# "Tél. : 01 49 27 38 38", "Phone: +32 2 281 00 00": a short label, then the number alone
_LABELLED_PHONE_RE = re.compile(r"^[^\W\d_][\w.]{0,12}\s?:\s*((?:\+|00)?[\d\s().-]{8,22})$")
# an e-mail address closing a short line: "Service de presse presse@ministere.example"
_EMAIL_END_RE = re.compile(r"(?:^|\s)[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_EMAIL_LINE_WORDS = 12
# a name, a role or a label, then the number closing the line: "Jonas WEIDEMANN Téléphone
# +32 2 29 71 067", "Press office Tel +44 20 7946 0000": an international or trunk prefix
# and three groups or more cut by spaces (a date, "02-04-2019", or a span of years is none);
# the trunk prefix may stand in brackets, the area code with it ("Media Liaison: (02) 6261
# 1555", "Standard : (0)1 44 87 10 00")
_PHONE_END_RE = re.compile(
    r"(?:^|\s)((?:\+|0|\(0\d{0,3}\)|\(0\)\d)\d{0,4}(?:[ \u00a0]\d{1,4}){2,6})$"
)
_PHONE_LINE_WORDS = 10
_MONTH_WORD = r"[^\W\d_]{3,9}\.?"
# A line opening with a date: "17 September 2026 — …", "3 mars 2026", "15.01.2024 – …"
_DATED_RE = re.compile(
    rf"^(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+{_MONTH_WORD}\s+\d{{4}}"
    rf"|{_MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{4})\b"
)
# A short line holding a date: "Published 3 March 2026"
_HAS_DATE_RE = re.compile(
    rf"\b\d{{1,2}}(?:er)?\s+{_MONTH_WORD}\s+\d{{4}}\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}\b"
)
_DATE_LINE_WORDS = 6


def is_contact_line(text: str) -> bool:
    """A line that reaches a person: a phone number standing alone (after a short label
    at most), an e-mail address closing a short line, or an address or contact line
    (``is_contact``)."""
    t = text.strip()
    if not t:
        return False
    digits = sum(ch.isdigit() for ch in t)
    if _PHONE_ONLY_RE.match(t) and digits >= 8:
        return True
    m = _LABELLED_PHONE_RE.match(t)
    if m and sum(ch.isdigit() for ch in m.group(1)) >= 8:
        return True
    if len(t.split()) <= _EMAIL_LINE_WORDS and _EMAIL_END_RE.search(t):
        return True
    m = _PHONE_END_RE.search(t) if digits >= 8 else None
    if m and len(t.split()) <= _PHONE_LINE_WORDS and sum(ch.isdigit() for ch in m.group(1)) >= 8:
        return True
    return is_contact(t) or is_local_contact(t)


def _dated(u: Unit) -> bool:
    t = u.text.strip()
    if u.noise == "metadata" or _DATED_RE.match(t):
        return True
    return len(t.split()) <= _DATE_LINE_WORDS and bool(_HAS_DATE_RE.search(t))


def _blocks(units: Sequence[Unit]) -> list[list[int]]:
    """Runs of lines with no blank line between them."""
    out: list[list[int]] = []
    for i, u in enumerate(units):
        if not out or u.line.blank_before:
            out.append([])
        out[-1].append(i)
    return out


def _box_line(u: Unit, dated: bool, numbers: frozenset[int] = frozenset()) -> bool:
    """Short and open to the scorer; no sentence unless it opens with its date (an entry
    of a change log: "3 March 2026 — First published."); no paragraph that goes on with
    the text's numbering (``numbers``: "9  Any queries … should be directed to:" under
    paragraph 8). A line of a few words under the last paragraph that opens with the next
    number is a house number before its street ("11 Marsham Street" under paragraph 10),
    the box's."""
    words = u.words()
    sentence = u.text.rstrip().endswith((".", "!", "?")) and words > _SENTENCE_WORDS
    return (
        scorable(u)
        and u.marker is None
        and words <= _BOX_WORDS
        and (dated or not sentence)
        and (_paragraph_number(u) if words >= _PARA_WORDS else -1) not in numbers
    )


# A paragraph opened by its bare number, then a word: "8  Security incidents shall …"
_PARA_NUMBER_RE = re.compile(r"^\s*(\d{1,3})\s+[^\W\d_]")
_PARA_WORDS = 6  # a numbered paragraph's sentence, not a house number's street


def _paragraph_number(u: Unit) -> int:
    m = _PARA_NUMBER_RE.match(u.text)
    return int(m.group(1)) if m else -1


def _next_numbers(units: Sequence[Unit]) -> frozenset[int]:
    """The numbers that would go on with the text's bare-numbered paragraphs: for each open
    paragraph of some words opened by its number n, n + 1."""
    return frozenset(
        n + 1
        for u in units
        if u.noise is None and u.words() >= _PARA_WORDS and (n := _paragraph_number(u)) >= 0
    )


def mark_tail_boxes(
    units: Sequence[Unit], prose: Sequence[bool], protected: Callable[[Unit], bool]
) -> None:
    """Contact boxes (``boilerplate``) and update boxes (``metadata``) with no line of
    ``prose`` below them (a box's own line may read as prose: "Service d'information et
    de communication du ministère"); the document's own close (``protected``) stays. An
    update box holds a stamp found by rule ("Last updated …"): dates alone may be the
    text's chronology."""
    # the last such line, sought from the end: most pages close on one
    last = next((i for i in range(len(prose) - 1, -1, -1) if prose[i] and _text_line(units[i])), -1)
    numbers = _next_numbers(units)
    for block in _blocks(units):
        if len(block) > _BOX_LINES or block[-1] < last:
            continue
        open_ = [i for i in block if units[i].noise is None]
        if not open_:
            if all(units[i].noise == "boilerplate" for i in block) and any(
                is_contact_line(units[i].text) for i in block
            ):
                _mark_box_label(units, block[0], protected)  # a box found before
            continue
        dated = {i for i in block if _dated(units[i])}
        if not all(_box_line(units[i], i in dated, numbers) for i in open_):
            continue
        if any(is_contact_line(units[i].text) for i in block):
            reason = "boilerplate"
        elif (
            len(dated) >= 2
            and 2 * len(dated) >= len(block)
            and any(units[i].noise == "metadata" for i in block)
        ):
            reason = "metadata"
        else:
            continue
        for i in open_:
            if not protected(units[i]):
                units[i].noise = reason
        if reason == "boilerplate":
            _mark_box_label(units, block[0], protected)
    _mark_line_boxes(units, last, protected, numbers)
    _mark_reference_boxes(units, last, protected)


def _in_box(u: Unit, numbers: frozenset[int]) -> bool:
    """A line a contact box may hold: short and open (:func:`_box_line`), or short and set
    aside already as the page's box (its phone line, its office's name)."""
    if u.noise is None:
        return _box_line(u, False, numbers)
    return u.noise == "boilerplate" and u.words() <= _BOX_WORDS


def _mark_line_boxes(
    units: Sequence[Unit], last: int, protected: Callable[[Unit], bool], numbers: frozenset[int]
) -> None:
    """An HTML page writes each line of a contact box as a paragraph of its own (a name,
    a role, an office, a phone number, an address), so the box is no block of lines: below
    the text's last paragraph, a run of at most :data:`_BOX_LINES` short lines holding a
    contact line, with nothing open below it but the page's furniture, is the box. A
    signature or any open line under the run (a circular's "queries … directed to:" with
    its signatory below) leaves it to the text; so does a run that opens on a person's
    name with no box label above it (a letter's signatory, office, phone and e-mail, each
    a paragraph); so do printed pages (a running head or
    foot, a page number), whose lines under the text are a signature over the printer's
    colophon ("CAPT … / PORT MASTER" over the authority's address)."""
    if last < 0 or any(u.noise in PRINTED_MARKS for u in units):
        return  # printed pages: the lines under the text are its signatory's, not a box's
    open_below = _open_below(units)
    i = last + 1
    while i < len(units):
        if not _in_box(units[i], numbers):
            i += 1
            continue
        k = i
        while k < len(units) and _in_box(units[k], numbers):
            k += 1
        run = range(i, k)
        if (
            not open_below[k]
            and len(run) <= _BOX_LINES
            and any(units[j].noise is None for j in run)
            and any(is_contact_line(units[j].text) for j in run)
            and (_box_label(units, i, protected) is not None or not _names_person(units[i]))
        ):
            for j in run:
                if units[j].noise is None and not protected(units[j]):
                    units[j].noise = "boilerplate"
            _mark_box_label(units, i, protected)
        i = k


def _open_below(units: Sequence[Unit]) -> list[bool]:
    """For each index, whether an open line stands at it or below: one pass from the end
    (a rescan per run was quadratic in a long tail). The runs marked on the way lie above
    the indices read later, so the answers stay true."""
    below = [False] * (len(units) + 1)
    for j in range(len(units) - 1, -1, -1):
        below[j] = below[j + 1] or units[j].noise is None
    return below


_PERSON_WORDS = (2, 4)


def _names_person(u: Unit) -> bool:
    """A line that is a person's name, as a letter's signature opens (``Jean Martin``,
    ``John MARTIN``): two to four capitalised words, no figure, no stop, one before the
    last a given name, or a surname in capitals (:func:`is_signed_name`). Under it the
    office, phone and e-mail are the signatory's, not a contact box's."""
    t = u.text.strip()
    if is_signed_name(t):
        return True
    words = t.split()
    if not _PERSON_WORDS[0] <= len(words) <= _PERSON_WORDS[1] or t[-1:] in ".;:!?,":
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
        return False
    given = folded_given_names()
    return any(fold(w.rstrip(".")) in given for w in words[:-1])


_PLUG_WORDS = 12  # "Stay connected with our e-news service: subscribe now."


def _text_line(u: Unit) -> bool:
    """A paragraph that may close the text: not a site's plug under its boxes, a short
    line or one that sends the reader to a web address (:func:`_sends_to_site`). Such a
    line below a contact box does not make the box the text's own."""
    return u.words() > _PLUG_WORDS and not _sends_to_site(u.text)


_SITE_LINE_WORDS = 25


def _sends_to_site(text: str) -> bool:
    """A short line whose first web address closes its sentence or the line ("… is online
    at www…. Connect with us on …"): a plug points to the site and stops there. A
    paragraph that names an address in the course of its sentence ("… are available at
    www…/grants; applications must reach …") is the text's."""
    words = text.split()
    if len(words) > _SITE_LINE_WORDS:  # the cheap test first: most paragraphs are long
        return False
    at = next((k for k, w in enumerate(words) if WEB_RE.search(w)), None)
    if at is None:
        return False
    return at == len(words) - 1 or words[at].endswith((".", "!", "?"))


_LABEL_MAX_WORDS = 4


def _mark_box_label(units: Sequence[Unit], first: int, protected: Callable[[Unit], bool]) -> None:
    """Set aside the label over a contact box (:func:`_box_label`)."""
    k = _box_label(units, first, protected)
    if k is not None:
        units[k].noise = "boilerplate"


def _box_label(units: Sequence[Unit], first: int, protected: Callable[[Unit], bool]) -> int | None:
    """The label a page sets as a heading of its own over a contact box ("Contact presse",
    "Media enquiries"): a short line, alone in its block, with no figure and no stop, right
    above the box, goes with it (an HTML page writes the heading and the box's paragraphs
    apart)."""
    while first > 0 and units[first - 1].noise == "boilerplate":
        if not is_contact_line(units[first - 1].text):
            return None
        first -= 1  # a box above it found before (a record box with an e-mail address)
    k = first - 1
    if k < 0 or not units[first].line.blank_before:
        return None
    u = units[k]
    t = u.text.strip()
    alone = k == 0 or u.line.blank_before
    if (
        alone
        and u.noise is None
        and u.marker is None
        and scorable(u)
        and not protected(u)
        and len(t.split()) <= _LABEL_MAX_WORDS
        and not any(ch.isdigit() for ch in t)
        and t[-1:] not in ".;:!?"
    ):
        return k
    return None


_LABEL_WORDS = 4
_REF_WORDS = 15
_REF_BOXES = 2


def _mark_reference_boxes(
    units: Sequence[Unit], last: int, protected: Callable[[Unit], bool]
) -> None:
    """Below the text's last paragraph, down to the page's chrome, two boxes or more of
    references, unnumbered, each a short label over items that cite with figures (a database's
    "Textes appliqués" / "Article 706-102-1 du code …", "Related decisions" / "Chamber,
    26 March 2026, 25-85.118"): the site's aside, not the text (a list of the text's own
    would hold names or words without figures, or prose)."""
    if last < 0:
        return  # no paragraph of the text above: nothing is below it
    run: list[int] = []
    for i in range(last + 1, len(units)):
        u = units[i]
        if u.noise is None and not protected(u) and (u.marker is None or u.marker.kind == "bullet"):
            run.append(i)
            continue
        # the boxes stand over the page's chrome (its stamp, menu or footer)
        if run and u.noise is not None and _reference_boxes([_bare_text(units[k]) for k in run]):
            for k in run:
                units[k].noise = "boilerplate"
        run = []
        if u.noise is None:
            return  # a numbered line or the document's own close below: its text


def _bare_text(u: Unit) -> str:
    if u.marker is not None and u.marker.kind == "bullet":
        return u.text[u.marker.end :].strip()
    return u.text.strip()


def _reference_boxes(lines: Sequence[str]) -> bool:
    """Labels (a few words, no figure, no stop) each over one item at least, every item a
    short line with a figure."""
    labels = 0
    expect_item = False
    for t in lines:
        words = len(t.split())
        if words <= _LABEL_WORDS and not any(ch.isdigit() for ch in t) and t[-1:] not in ".;:":
            if expect_item:
                return False
            labels += 1
            expect_item = True
        elif labels and words <= _REF_WORDS and any(ch.isdigit() for ch in t):
            expect_item = False
        else:
            return False
    return labels >= _REF_BOXES and not expect_item
