"""A page's foot under a rule: the lines a site or a printer sets below the text's end.

A plain-text copy of a portal's page, and a letter's last page, draw a rule (a line of
``-``, ``_``, ``=`` or box-drawing bars) between the text and what the page adds below it:
related items joined by bars (``Related: Ports Act | Merchant Shipping Act 2007``), the
site's copyright and terms (``© … | Conditions d'utilisation``), the office's address
with its phone number, e-mail or web address. No two sites word that foot alike, but its
shape holds across them: at the page's bottom, under a rule, with a mark the running
text does not print (separators between short parts, a web or e-mail address, an
international phone number, a copyright sign). Footnotes under the rule that closes a
page are numbered and stop the rule; a signature or a front-matter line is never taken.

Read from the bottom: the zone under the last rule, then the one above it while each
whole zone was foot. A short zone (three open lines at most, each short or marked) is
taken whole; a longer one from its first marked line down: the lines above it (a
legislative history, an endnote) are the text's. A zone of a site's record (fields and
bare labels beside a copyright, nothing else open) is taken whole, its dates included.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..normalise._menulines import field_line
from ._footnotes import is_note_line
from ._linekeys import TABLE_ROW_RE, WEB_RE, ends_sentence
from ._stamps import holds_stamp

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_rule_foot"]

# A rule: a plain text's line of dashes, a Markdown thematic break ("---", "***", "* * *").
_RULE_RE = re.compile(r"^\s*(?:[-_=*\u2500\u2501\u2550]\s?){3,}\s*$")
# A separator with a space on both sides between two parts: "Privacy | Contact".
_SEP_RE = re.compile(r"\S\s+[|\u00b7]\s+\S")
# An international number, its prefix bracketed or not: "+223 20 22", "(+223) 20".
_INTL_PHONE_RE = re.compile(r"(?:^|[\s(])(?:\+|00)\d{1,3}\)?[\s(]*\d")
# A copyright sign, or its typed form before a year, the holder's capitalised name between
# them or not: "©", "(c) 2026", "(c) JURICAM 2012-2026" (an item "(c) the year 2019" is none);
# or the typed form before the holder's name closed by a stop, then the site's bar of three
# links or more: "(c) Government of Tonga. Disclaimer | Privacy | Contact …" (an item (c)
# opens a sentence, and no sentence of the text runs on into two bars).
_BAR_ITEM = r"[^|\u00b7.;:]{1,40}\s[|\u00b7]\s"
_BAR_COPYRIGHT = rf"\([cC]\)\s+[A-Z][^|\u00b7.;:]{{1,60}}\.\s+{_BAR_ITEM}{_BAR_ITEM}\S"
_COPYRIGHT_RE = re.compile(
    r"\u00a9|\([cC]\)\s*(?:[A-Z][\w.&'-]*\s+){0,3}(?:19|20)\d\d" rf"|{_BAR_COPYRIGHT}"
)
_BAR_COPYRIGHT_RE = re.compile(_BAR_COPYRIGHT)
# A note called by a star or a dagger in the text above the rule: "* Presented by …".
# (a star glued to its word opens Markdown's emphasis: "*Mirror note: …*")
_STAR_NOTE_RE = re.compile(r"^\s*(?:\*+\s+|[\u2020\u2021]+\s*)[^\W\d_]")
_FOOT_UNITS = 12  # the zones looked at lie within the page's last units
_WHOLE_MAX = 3  # open lines of a zone taken whole
_SHORT_WORDS = 14  # an open line of a short zone: a name, an address, not prose


def _marked(u: Unit) -> bool:
    """A mark of the page's foot: separators, an address on the web, a phone, a ©."""
    t = u.text
    if TABLE_ROW_RE.match(t):
        return False
    return bool(
        _SEP_RE.search(t) or WEB_RE.search(t) or _INTL_PHONE_RE.search(t) or _COPYRIGHT_RE.search(t)
    )


_RECORD_MIN_FIELDS = 2  # fields of a site's record under the rule, beside its copyright
_LABEL_WORDS = 4  # a bare label heading the record's fields ("Publications :")


def _field(u: Unit) -> bool:
    """A record's field (``Label : value``) or its bare label (``Publications :``)."""
    t = u.text.strip()
    return field_line(t) or (t[:1].isupper() and t.endswith(":") and len(t.split()) <= _LABEL_WORDS)


def record_foot(zone: Sequence[Unit]) -> bool:
    """A site's record of the page under its last rule: two fields or more (``Label :
    value``, ``Publications :``) and a copyright, every open line a field or marked. The
    record's date lines (``Dernière mise à jour : …``, ``Date de l'import : …``) are the
    site's, however a document's head would read them: the copyright closing the zone
    says whose the zone is, and the stamp readers still read a noise line's own stamp."""
    open_ = [u for u in zone if u.noise is None]
    fields = sum(1 for u in open_ if _field(u))
    return (
        fields >= _RECORD_MIN_FIELDS
        and any(_COPYRIGHT_RE.search(u.text) for u in zone)
        and all(_field(u) or _marked(u) for u in open_)
        and not any(u.marker is not None and u.marker.kind != "bullet" for u in open_)
    )


def _typed_copyright(u: Unit, above: Unit | None) -> bool:
    """A numbered line that is a copyright: "(c) 2026", or "(c) Holder." before the site's
    bar, unless a list of the same numbering runs on to it from above the rule (an item
    (c) after its (b), its sentence followed by a table row)."""
    if _COPYRIGHT_RE.match(u.text) is None:
        return False
    if _BAR_COPYRIGHT_RE.match(u.text) is None or above is None or above.marker is None:
        return True
    return u.marker is None or above.marker.family != u.marker.family


def _foot_top(
    zone: Sequence[Unit], protected: Callable[[Unit], bool], above: Unit | None = None
) -> int | None:
    """Where the foot begins in a zone under a rule (0: the whole zone), or None when
    the zone is the text's: a numbered line (a footnote), a protected line, no mark.
    ``above``: the last open line over the rule."""
    open_ = [k for k, u in enumerate(zone) if u.noise is None]
    if not open_:
        return 0
    if any(u.noise == "page-footer" and is_note_line(u.text) for u in zone[: open_[0]]):
        return None  # the page's footnotes, set aside already, close the text above
    for k in open_:
        u = zone[k]
        numbered = u.marker is not None and u.marker.kind != "bullet"
        if (numbered and not _typed_copyright(u, above)) or protected(u):
            return None  # a footnote ("(c) 2026" is a copyright, not an item (c))
        if _STAR_NOTE_RE.match(u.text):
            return None
    # a mark set aside already counts: the foot's copyright line under its links
    first = next((k for k, u in enumerate(zone) if _marked(u)), None)
    if first is None:
        return None
    # Taken whole only with a mark on an open line: marks only on lines set aside already
    # (a share row under a session's dateline) tell nothing of the open lines above them.
    short = any(_marked(zone[k]) for k in open_) and all(
        _marked(zone[k]) or (zone[k].words() <= _SHORT_WORDS and not ends_sentence(zone[k].text))
        for k in open_
    )
    return 0 if len(open_) <= _WHOLE_MAX and short else first


def mark_rule_foot(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """The open lines of the page's foot under its last rules become boilerplate."""
    floor = max(0, len(units) - _FOOT_UNITS)
    end = len(units)
    while True:
        rule = next(
            (r for r in range(end - 1, floor - 1, -1) if _RULE_RE.match(units[r].text)), None
        )
        if rule is None:
            return
        zone = units[rule + 1 : end]
        record = record_foot(zone)
        above = next((v for v in reversed(units[floor:rule]) if v.noise is None), None)
        top = 0 if record else _foot_top(zone, protected, above)
        if top is None:
            return
        for u in zone[top:]:
            if u.noise is None and (record or not holds_stamp(u.text)):
                u.noise = "boilerplate"  # (a stamp inside keeps its line for its date)
        if top > 0:
            return
        end = rule
