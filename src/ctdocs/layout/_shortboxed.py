"""A short open line boxed by noise: a page's chrome left open between chrome set aside.

The earlier passes set a page's furniture aside line by line, each by its own mark (a
menu's separators, a record's label, a running line's repetition, a stamp's date). A
site's name, a label's value, a blank page's notice or one row of a record table that
carries no mark of its own is left open between them. A document's own text does not
stand alone between set-aside lines: its headings are followed by their text, its short
lines by the paragraph they open. So a short line (at most :data:`_MAX_WORDS` words, no
clause or item marker, no sentence closed) with noise right above and right below is
noise too, with the reason of the line above. Two open lines in one box stay open: a
letterhead prints its issuer over two lines (a council and its secretariat, a ministry
and its service) between the site's chrome and the record. Rules and markup do not box:
a Markdown heading stands between two rules by design. Three shapes stay open whatever
boxes them, as the text's own: a line with a figure (a symbol, a date, a year in an
act's title, a page the page rules decide), a line in capitals (a letterhead's issuer, a
title set in capitals) and a labelled field (``Signé : …``, ``From: …``; the record
rules decide). The page's end boxes too: the text's last open line, short and followed
by noise only, is the first link of the page's foot ("Back to the list", "Related
publications"), unless it names someone or something, is a lead-in or a signatory
under a place-and-date line (:func:`_mark_page_end`). The text's last open line set
apart from the text by a set-aside line right above it (a rule, a page number, a stamp)
and with nothing open below is the page's own foot (a printer's line, an address, a
copyright) unless it has the text's shapes: a sentence, a day's date, a signatory's name,
a phrase with function words (:func:`_set_apart_foot`, its two limits fitted
leave-one-batch-out by ``benchmarks/lobo_setapart_foot.py``). Only shape, function words
and neighbours decide: no word list of chrome. (The web chrome rule's
:func:`ctdocs.layout._chromelines.mark_boxed_lines` takes one or two lines between two
chrome lines when their words are foreign to the text; this rule takes one short line
between any two set-aside lines, whatever its words, by its shape.) One pass over the
units, a few comparisons each, and a walk up from the page's end to its last open line:
no measurable cost on the warm path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .._knowledge import function_words
from ._linekeys import leads_in, scorable

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_short_boxed", "stop_share"]

_MAX_WORDS = 8  # a site's name, a field's value, a notice: a heading's length at most
# A web page's foot, not a paged copy's running foot or page number under a text cut short.
_WEB_FOOT = frozenset({"web-chrome", "navigation", "boilerplate"})
_PLACE_DATE_WORDS = (3, 12)  # "Paris, 3 mai 2026" to a place, a date and an occasion
_FIGURE_RE = re.compile(r"\d")
# The page's own foot under a rule: a printer's line, an address, a copyright notice with
# its links; both limits fitted leave-one-batch-out over heldout20 to heldout38
# (benchmarks/results/lobo_setapart_foot.txt: 12 words and 0.2 in 16 folds of 19).
_FOOT_MAX_WORDS = 12
_FOOT_MAX_STOP = 0.2
_WORD_RE = re.compile(r"[^\W\d_]+")
# A sentence closed inside the line: "… checked 2026-02-03. See the guide", not "No. 31".
_INNER_SENTENCE_RE = re.compile(r"[^\W_]\.\s+[A-ZÀ-Ý][a-zà-ÿ]")
_NAME_WORDS = 4  # "Jean Dupont", "Le Président", "Director-General": a signatory, not a foot
# A day's date, by shape only: "3 mai 2026", "1er juillet 2025", "15.10.2026", "May 3, 2026".
_DAY_DATE_RE = re.compile(
    r"\b\d{1,2}(?:er|st|nd|rd|th)?\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}\b"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b[^\W\d_]{3,}\.?\s+\d{1,2},\s+\d{4}\b"
)
# What sets a foot's parts apart inside a line: " – ", " | ", " · ", " • " (column gaps
# are the unit's own ``gaps``); a labelled field ("Tel: …", "Contact : …") is the text's.
_PART_SEP_RE = re.compile(r"\s[|\u2013\u2014\u00b7\u2022-]\s")
_FIELD_RE = re.compile(r"\w\s?:\s+\S")
_LETTER_RE = re.compile(r"[^\W\d_]")
_NUMBERED_HEAD_RE = re.compile(r"\s[IVXLC]+$")  # "Annex II", "Chapitre IV"
_NOT_A_BOX = frozenset({"markup"})  # a rule frames a heading, it does not set it aside
_CLOSERS = (".", ";", "!", "?")
# A figure, a labelled field ("Label : value", "Label: value"), or no lower-case letter.
_OWN_SHAPE_RE = re.compile(r"\d|\w\s?:\s+\S|^[^a-z\u00df-\u00ff]*$")


def _boxing(u: Unit) -> bool:
    """Set aside by an earlier pass for what it is, not for being a rule."""
    return u.noise is not None and u.noise not in _NOT_A_BOX


def _short_open(u: Unit) -> bool:
    """Open, unnumbered, a few words, no sentence closed at its end."""
    if u.noise is not None or u.marker is not None or u.words() > _MAX_WORDS:
        return False
    text = u.text.rstrip()
    return not text.endswith(_CLOSERS) and _OWN_SHAPE_RE.search(text) is None


def mark_short_boxed(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Set aside each short open line with noise right above and right below (see the
    module's doc), but the first open line of the text (a web page's title stands
    between its menu and its record) and the lines the head rules protect (front matter,
    a masthead, a signature). Lines are read top-down, so a line set aside here boxes the
    next one: a record table's rows left open one by one between rows set aside."""
    first = next((i for i, u in enumerate(units) if u.noise is None), len(units))
    for i in range(first + 1, len(units) - 1):
        u = units[i]
        boxed = _boxing(units[i - 1]) and _boxing(units[i + 1])
        if boxed and _short_open(u) and not protected(u):
            u.noise = units[i - 1].noise
    _mark_page_end(units, protected, first)


def _mark_page_end(units: Sequence[Unit], protected: Callable[[Unit], bool], first: int) -> None:
    """The text's last open line, when short by :func:`_short_open` and with only noise
    below, the line right below set aside as a web page's chrome (not a rule, not a
    paged copy's running foot or page number), is the first link of the page's foot
    ("Back to the list", "Related publications", "Search for related information"):
    nothing follows it for it to head. The text's own closing lines have shapes of their
    own, which stay open: a sentence closed, a lead-in's colon, a place and a date, a
    name in capitals (see :func:`_short_open`), a signature the head rules protect, a
    name or an office (:func:`_names`), a lone word (a signatory's "President" under the
    name), and whatever follows a line with a figure (the signatories under a
    place-and-date line). A text cut short on a heading ends the file, or a paged copy's
    page, with no web foot below it: it stays. The reason is the one of the noise right
    below."""
    last = next((i for i in range(len(units) - 1, first, -1) if units[i].noise is None), 0)
    if last <= first:
        return
    if _set_apart_foot(units, last, protected):
        units[last].noise = _foot_reason(units, last)
        return
    if last + 1 >= len(units) or units[last + 1].noise not in _WEB_FOOT:
        return
    u = units[last]
    if u.words() < 2 or not _short_open(u) or protected(u) or _names(u.text):
        return
    if u.text.rstrip().endswith(":") or _place_and_date(units[last - 1]):
        return
    if not _lead_in_item(units, last, first):
        u.noise = units[last + 1].noise


def _lead_in_item(units: Sequence[Unit], last: int, first: int) -> bool:
    """The last item of the text's own list: the open lines right above it are short
    items like it (no sentence closed) up to the lead-in that introduces them on a colon
    ("Le plan prévoit trois mesures :" over "Renforcer la surveillance", …, "Former les
    agents"), a phrase longer than a box's label ("Voir aussi :", "Pour en savoir plus :"
    head the page's links). A page's first link follows a sentence, not a list."""
    for k in range(last - 1, first - 1, -1):
        v = units[k]
        if v.noise is not None:
            return False
        text = v.text.rstrip()
        if text.endswith(":"):
            return leads_in(text)
        if v.words() > _MAX_WORDS or text.endswith(_CLOSERS):
            return False
    return False


def _set_apart_foot(units: Sequence[Unit], last: int, protected: Callable[[Unit], bool]) -> bool:
    """The text's last open line set apart from the text by set-aside lines right above it
    (a rule, a page number, a stamp, chrome), with only set-aside lines or the file's end
    below, is the page's own foot, whatever its figures or capitals: a printer's or
    publisher's line, an address, a copyright with its links ("Government Printer, Gaborone
    Bill No. 31 of 2026  Price P12.00", "UPU – International Bureau – … 3015 BERNE –
    SWITZERLAND", "© Crown copyright | Terms of use"). The text's own closing lines stand
    under its text, not under a rule: a
    signature, a place and a date, an office follow the last paragraph with no set-aside
    line between. What a page break may still leave alone under a page number stays: a
    line dated to the day (``Fait à Paris, le 3 mai 2026``, ``Done at London, 15.10.2026``)
    and a signatory's name or office (a few words, one past the first capitalised). So do
    a sentence closed at its end or inside it (an acknowledgement, a note), a numbered
    line, a Markdown table's row under the table's rule, a line longer than
    :data:`_FOOT_MAX_WORDS` (a paragraph), a phrase in which function words pass
    :data:`_FOOT_MAX_STOP` (a translation's note, a credit) and a protected line."""
    u = units[last]
    if units[last - 1].noise is None or u.marker is not None or u.words() > _FOOT_MAX_WORDS:
        return False
    if not scorable(u):  # a Markdown table's row under its rule is the table's
        return False
    text = u.text.rstrip()
    if text.endswith(_CLOSERS) or _INNER_SENTENCE_RE.search(text) or _DAY_DATE_RE.search(text):
        return False
    if stop_share(text) > _FOOT_MAX_STOP or (u.words() <= _NAME_WORDS and _names(text)):
        return False
    return _foot_shape(units, last) and not protected(u)


def _foot_shape(units: Sequence[Unit], last: int) -> bool:
    """A page's foot has a shape of its own, which a short line of the text lacks ("Annex",
    "Strengthen border controls", "Seul le texte français fait foi", "Contact: press
    office" stay): no letter at all (a page's number, "1-2"), a copyright sign, a lone
    word in lower case (a link's tag: "archive"), or three parts or more, set apart by
    column gaps or by dashes, bars or dots, with a figure and no labelled field (a
    printer's line, an address), the first part with no number (a heading's "Annex II –
    Action plan 2026-2030 – Indicators" and a citation's "Résolutions 1373 (2001) – 2178
    (2014) – 2396 (2017)" stay). Parts set apart by column gaps under a line of columns
    are a table's last row ("Total   75   100 %"); parts with no figure are signatories
    side by side ("Jean Martin, Chair      Marie Dubois, Rapporteur")."""
    u = units[last]
    text = u.text.strip()
    if _LETTER_RE.search(text) is None or "\u00a9" in text:
        return True
    if text.isalpha() and text.islower():
        return True
    if _FIGURE_RE.search(text) is None or _FIELD_RE.search(text) is not None:
        return False
    seps = [m.start() for m in _PART_SEP_RE.finditer(u.text)]
    if len(u.gaps) + len(seps) < 2:
        return False
    head = u.text[: min([*u.gaps, *seps])].rstrip()  # "Annex II", "Résolutions 1373 (2001)"
    if _FIGURE_RE.search(head) or _NUMBERED_HEAD_RE.search(head):
        return False
    if len(seps) < 2:  # the parts are columns: a table's row when the text above has columns
        above = next((i for i in range(last - 1, -1, -1) if units[i].noise is None), None)
        return above is None or not units[above].gaps
    return True


def stop_share(text: str) -> float:
    """The share of function words among the line's words (``language.toml``'s): a
    sentence's or a name's phrase has a third or more ("Version française du jugement de
    la Cour rendu par …"), a printer's line or an address almost none."""
    words = _WORD_RE.findall(text)
    small = function_words()
    return sum(w.casefold() in small for w in words) / max(len(words), 1)


def _foot_reason(units: Sequence[Unit], last: int) -> str:
    """The reason of the web chrome right below, else boilerplate (a rule or a page number
    above says where the foot starts, not what it is)."""
    below = units[last + 1].noise if last + 1 < len(units) else None
    return below if below in _WEB_FOOT and below is not None else "boilerplate"


def _place_and_date(u: Unit) -> bool:
    """A closing line that dates: a few words with a figure, no sentence closed ("Fait à
    Abidjan, le 15 octobre 2026"); the signatories stand under it. A lone code
    ("news·20260309·AFP") or a sentence that cites a date is not one."""
    text = u.text.rstrip()
    return (
        _PLACE_DATE_WORDS[0] <= u.words() <= _PLACE_DATE_WORDS[1]
        and not text.endswith(_CLOSERS)
        and _FIGURE_RE.search(text) is not None
    )


def _names(text: str) -> bool:
    """A word past the first opens on a capital: a person's name, an office, an organ
    ("Tomasz Wierzbicki-Lund", "Procureur de la République antiterroriste", "La Réunion
    ministérielle"), not a link's phrase ("Back to the list", "Publications similaires")."""
    return any(w[0].isupper() for w in text.split()[1:])
