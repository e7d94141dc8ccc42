"""A web page's foot read as boxes: the lists and runs printed under the text's body.

The earlier passes judge a line by itself and its neighbours. A page's foot is built of
*blocks*: a "related" list under its label ("Related laws", "Résolutions connexes",
"Documents"), a topics box, a row of links, each a run of lines sharing one shape (short,
no sentence, a bullet or a link) that stands below the last line of the text's body and
above the site's footer. No line of such a block says anything by itself that a line
rule could read; the block does, by its shape and its place. So, below the text's last
*body line* (a numbered line, or a sentence: :data:`_SENTENCE_MIN_WORDS` words or more,
with function words, closed by a full stop), two blocks are set aside:

* a **label over a list**: a short label (at most :data:`_LABEL_MAX_WORDS` words, no
  figure, not in capitals, no lead-in colon) then one or more items (a bullet or a link
  each, no sentence closed), the block ending at the web page's foot: web chrome set
  aside below it and half the items or more citing other pages by a link or a file's
  size, or by a figure (a date, a number) under a label the page marks as a heading (a
  box's title); or every item a link and anything set aside below it; never when the
  label is the document's own head or close. A text's own list is introduced by a
  lead-in ("Ampliations :", "Copies to:") or a heading in capitals or with a number,
  names its addressees or members without figures ("Destinataires" over "- Mesdames et
  Messieurs les préfets de région"), and the text's references end the file or a
  printed page, not above a site's footer; a press release's closing list under a plain
  line ("Key measures") keeps its figures. A label over a list the line rules set aside
  already (a download list, "Téléchargements" over "- Résolution (FR) – PDF, 312 Ko") goes with it;
* a **boxed run**: two or more open lines, none a sentence, a numbered line or the
  document's own head or close (front matter, a masthead, a signature), between web
  chrome set aside above and web chrome (or the page's end) below: the rest of one box
  of the foot, whose other lines carried marks of their own.

A block holding a numbered line or a sentence is never set aside, and nothing above the
text's last body line is looked at, so the text's own lines stay: the rule reads only the
page's foot. Shape and place decide, no word list (the function words are
``language.toml``'s). One pass up from the page's end over the lines below the last body
line: no measurable cost on the warm path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .._knowledge import function_words
from ._tailboxes import is_contact_line

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_foot_boxes"]

# The web page's chrome, set aside by the earlier passes (not a printed page's furniture,
# not a rule: a paged copy's running foot or a Markdown rule does not make a web foot).
_WEB_FOOT = frozenset({"web-chrome", "navigation", "boilerplate", "metadata"})
# Markers of the text's own numbered lines (a bullet opens a list of any kind).
_BODY_MARKERS = frozenset({"number", "heading", "article", "division", "letter", "roman", "item"})
_SENTENCE_MIN_WORDS = 10  # a sentence of the text, not a link's title
_SENTENCE_MIN_STOP = 0.2  # ... with function words in it (a title has few)
_LABEL_MAX_WORDS = 4  # "Related laws", "Résolutions connexes", "Documents"
_ITEM_MAX_WORDS = 25  # one related item: a title, a date, a size
_RUN_MAX_WORDS = 15  # one line of a box: a link, a label, a value
_CONTACT_BOX_LINES = 6  # a press contact: a label, a name, a role, a phone, an e-mail
_CONTACT_FIELD_WORDS = 5  # "For further information, please contact:", "Jane Doe, Press Secretary"
_CLOSERS = (".", ";", "!", "?")
_WORD_RE = re.compile(r"[^\W\d_]+")
_FIGURE_RE = re.compile(r"\d")
# A file's size: "PDF, 312 Ko", "214 KB" (a unit, never a lower-case word: "12 kg").
_FILE_SIZE_RE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:[kmgKMG][oObB]|octets|bytes)(?![a-zà-ÿ])")
# A Markdown link opening the line, past a bullet: "- [Handbook …](/resources/…)".
_LINK_RE = re.compile(r"^\W{0,3}\[[^\]]+\]\([^)]*\)")


def _sentence(u: Unit) -> bool:
    """A sentence of the text: long enough, with function words, closed by a full stop."""
    text = u.text.rstrip()
    if u.words() < _SENTENCE_MIN_WORDS or not text.endswith((*_CLOSERS, ":", '."', ".)")):
        return False
    words = _WORD_RE.findall(text)
    small = function_words()
    return sum(w.casefold() in small for w in words) >= _SENTENCE_MIN_STOP * max(len(words), 1)


def _body_line(u: Unit) -> bool:
    """An open line of the text's body: numbered, or a sentence."""
    if u.noise is not None:
        return False
    if u.marker is not None and u.marker.kind in _BODY_MARKERS:
        return True
    return _sentence(u)


def _item(u: Unit) -> bool:
    """One item of a related list: open, a bullet or a link, short, no sentence closed."""
    if u.noise is not None or u.words() > _ITEM_MAX_WORDS:
        return False
    if u.text.rstrip().endswith(_CLOSERS):
        return False
    return _listed(u)


def _cited(label: Unit, items: Sequence[Unit]) -> bool:
    """Half the items or more cite other pages: by a link or a file's size ("PDF, 312
    Ko"), or, under a box's title marked as a heading by the page, by their dates and
    numbers ("Presidential Decree No. 27044, Jun. 4, 2016"). Not the text's own
    addressees or members ("Mesdames et Messieurs les préfets de région"), nor its own
    closing list under a plain line, whose figures are the text's ("Key measures" over
    "EUR 20 million for the 2025 prevention programme")."""
    figures = label.line.heading_level is not None
    cited = sum(
        1
        for u in items
        if _LINK_RE.match(u.text)
        or _FILE_SIZE_RE.search(u.text)
        or (figures and _FIGURE_RE.search(u.text))
    )
    return 2 * cited >= len(items)


def _listed(u: Unit) -> bool:
    """An item of a list, open or set aside: a bullet or a link."""
    return (u.marker is not None and u.marker.kind == "bullet") or _LINK_RE.match(
        u.text
    ) is not None


def _label(u: Unit) -> bool:
    """A box's label: open, unnumbered, a few words, no figure, not in capitals, no
    lead-in colon and no sentence closed (a lead-in introduces the text's own list)."""
    text = u.text.strip()
    if u.noise is not None or u.marker is not None or not 1 <= u.words() <= _LABEL_MAX_WORDS:
        return False
    return not (text.endswith((*_CLOSERS, ":")) or _FIGURE_RE.search(text) or text.isupper())


def _box_line(u: Unit, protected: Callable[[Unit], bool]) -> bool:
    """A line of a boxed run: open, short, no sentence closed, no number, not the
    document's own head or close."""
    if u.noise is not None or u.words() > _RUN_MAX_WORDS:
        return False
    if u.marker is not None and u.marker.kind != "bullet":
        return False
    return not u.text.rstrip().endswith(_CLOSERS) and not protected(u)


def mark_foot_boxes(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Set aside the blocks of the page's foot below the text's last body line (see the
    module's doc), walking up from the page's end one open run at a time; a block set
    aside closes the run above it, so a foot of several boxes is read box by box."""
    last = next((i for i in range(len(units) - 1, -1, -1) if _body_line(units[i])), -1)
    if last < 0:
        return
    end = len(units)
    while end > last + 1:
        if units[end - 1].noise is not None:
            end -= 1
            continue
        start = end - 1
        while start - 1 > last and units[start - 1].noise is None:
            start -= 1
        end = _mark_run(units, start, end, protected)


def _mark_run(
    units: Sequence[Unit], start: int, end: int, protected: Callable[[Unit], bool]
) -> int:
    """Set aside the block that closes the open run ``units[start:end]``, if any; return
    where the next run up ends (``start`` once the run is read)."""
    below = units[end].noise if end < len(units) else None
    k = end - 1
    while k >= start and _item(units[k]):
        k -= 1
    items = units[k + 1 : end]
    # a list of links ends at any noise; a list of titles at the web page's own chrome
    links = below is not None and all(_LINK_RE.match(u.text) for u in items)
    if (
        k >= start
        and items
        and _label(units[k])
        and (links or (below in _WEB_FOOT and _cited(units[k], items)))
        and not protected(units[k])  # items cite other texts' heads: only the label
    ):
        reason = below if below in _WEB_FOOT else "navigation"
        for u in units[k:end]:
            u.noise = reason
        return k
    if k == end - 1 and below in _WEB_FOOT and _label(units[k]) and _listed(units[end]):
        units[k].noise = below  # the label of a list the line rules set aside
        return k
    top = _contact_box(units, start, end, protected)
    if top < end:
        return top
    above = units[start - 1].noise if start > 0 else None
    boxed = above in _WEB_FOOT and (below is None or below in _WEB_FOOT)
    run = units[start:end]
    if boxed and len(run) >= 2 and all(_box_line(u, protected) for u in run):
        for u in run:
            u.noise = above
    return start


def _contact_box(
    units: Sequence[Unit], start: int, end: int, protected: Callable[[Unit], bool]
) -> int:
    """A **contact box** closing the open run ``units[start:end]`` right above the web
    page's chrome: its last few lines, each a box's line (short, no sentence closed, no
    number), one of them reaching a person (a phone number, an e-mail address: "Media
    enquiries" over "Media Liaison: (02) 6261 1555"). A speech's "Thank you." or the
    text's last sentence above it closes the box; a list, or a line of advice, in it is the
    text's (:func:`_advice`: "If you see something suspicious, report it:" over "- Call 999
    in an emergency", "- Anti-Terrorist Hotline: 0800 789 321"), and so are the lines a
    sentence of the text closed by a colon leads in to; set aside as
    ``boilerplate``. Returns
    where the box starts (``end`` when there is none)."""
    if end >= len(units) or units[end].noise not in _WEB_FOOT:
        return end
    k = end
    while k > start and _box_line(units[k - 1], protected):
        k -= 1
    if not 0 < end - k <= _CONTACT_BOX_LINES:
        return end  # no box, or a list of the text's longer than any box
    box = units[k:end]
    if not any(is_contact_line(u.text) for u in box) or any(_advice(u) for u in box):
        return end
    if k > 0 and units[k - 1].noise is None and units[k - 1].text.rstrip().endswith(":"):
        return end  # the lines a sentence of the text leads in to: its own
    for u in box:
        u.noise = "boilerplate"
    return k


def _advice(u: Unit) -> bool:
    """A line of the text's own advice in a run that holds a phone number: an item of a
    list ("- Call 999 in an emergency"), or a line longer than a box's label, name or role
    that reaches no one ("If you see something suspicious, report it:"). A press contact
    box is its label and its fields, no list."""
    if u.marker is not None and u.marker.kind == "bullet":
        return True
    return u.words() > _CONTACT_FIELD_WORDS and not is_contact_line(u.text)
