"""Lists a numbered paragraph leads in with its colon, found by where the text's own
numbering takes up again after them.

``119. Officials described the tools at their disposal:`` over ``1. biometric checks;``,
``2. …`` and then ``120. The Rapporteur …``; ``3.3.1 … in particular:`` over ``1.``,
``2.`` and then ``3.3.2``; ``5. Agenda. The Group proposes the following agenda:`` over
``I. Opening remarks``, ``II. …`` and then ``6. …``. The list restarts (``1``, ``I``) where
the paragraphs ran on (``119``, ``5``), and the paragraphs run on after it (``120``, ``6``)
as if it were not there: it numbers its paragraph's items, cited under it (``119(1)``,
``5(II)``; guidelines §1a: an item is appended to the number it sits under), not the
text's paragraphs, nor its sections. Only a whole sandwich counts: a list whose paragraph
numbering never resumes (a report that starts its paragraphs again under a new part) is
left as the other readers take it; so are texts with articles, whose paragraphs are items
already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..layout import Unit
from ..layout._numbering import Marker, load_numbering

__all__ = ["led_runs"]

# a roman item closed by a full stop or a parenthesis: "I. Ouverture par le ministre." (a
# sentence the line patterns read as no heading)
_ROMAN_RE = re.compile(r"(?P<value>[IVX]{1,5})[.)]\s+(?=\S)")
_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# kinds a line inside an item may open with (its own letters, bullets) without ending the run
_INNER_KINDS = ("letter", "roman", "bullet", "item")


def _paragraph(m: Marker | None) -> tuple[int, ...] | None:
    """The text's own paragraph number a marker prints (``119.``, ``3.3.1``), if any."""
    if m is not None and m.kind == "number" and m.value.replace(".", "").isdecimal():
        parts = m.value.split(".")
        if all(parts):
            return tuple(int(p) for p in parts)
    return None


def _resumes(lead: tuple[int, ...], after: tuple[int, ...]) -> bool:
    """``after`` is the number that comes next after ``lead`` at its level or one above it
    (``120`` after ``119``; ``3.3.2``, ``3.4`` or ``4`` after ``3.3.1``)."""
    return any(after == (*lead[:k], lead[k] + 1) for k in range(len(lead)))


def _run_value(u: Unit) -> tuple[str, str, Marker] | None:
    """The family, value and marker of a line that may belong to a led list: a number
    (``1.``) or a roman (``II.``), read as a heading or not."""
    m = u.marker
    if m is not None and m.kind == "number" and m.value.isdecimal():
        return "number", m.value, Marker("item", m.label, m.value, m.end, "number")
    if m is not None and m.kind == "heading" and m.value in _ROMANS:
        return "roman", m.value, Marker("item", m.label, m.value, m.end, "upper-roman")
    if m is None and (r := _ROMAN_RE.match(u.text)) and r["value"] in _ROMANS:
        return "roman", r["value"], Marker("item", r.group(0), r["value"], r.end(), "upper-roman")
    return None


def _expected(family: str, k: int) -> str:
    """The value the run's ``k``-th item (from 0) prints: ``k + 1`` or its roman, since a
    list led in numbers afresh; "" past the romans a list of points ever reaches."""
    return str(k + 1) if family == "number" else _ROMANS[k] if k < len(_ROMANS) else ""


_Run = tuple[list[tuple[int, Marker]], int]


def _run(units: Sequence[Unit], k: int, lead: tuple[int, ...]) -> tuple[_Run, _Run | None] | None:
    """The run opening at ``units[k]`` (its ``1.`` or ``I.``) and where it stops; and the
    run cut short before its first line that also takes the paragraphs up again after
    ``lead`` (``4.`` after three items under ``3.``), where the list may end instead."""
    first = _run_value(units[k])
    if first is None or first[1] not in ("1", "I"):
        return None
    family = first[0]
    found: list[tuple[int, Marker]] = []
    short: _Run | None = None
    j = k
    while j < len(units):
        got, m = _run_value(units[j]), units[j].marker
        if got is not None and got[0] == family and got[1] == _expected(family, len(found)):
            if short is None and _takes_up(units, j, lead):
                short = (list(found), j)
            found.append((units[j].start, got[2]))
        elif m is not None and m.kind not in _INNER_KINDS:
            break
        j += 1
    return (found, j), short


def _takes_up(units: Sequence[Unit], j: int, lead: tuple[int, ...]) -> bool:
    """``units[j]`` may be the paragraph after ``lead`` rather than the list's next item:
    its number follows the lead's, the line above closes a sentence (a list's last item
    ends on its stop, the others on a semicolon) and it opens one with a capital."""
    p = _paragraph(units[j].marker)
    m = units[j].marker
    if p is None or m is None or not _resumes(lead, p) or j == 0:
        return False
    body = units[j].text[m.end :].lstrip()
    return units[j - 1].text.rstrip().endswith(".") and body[:1].isupper()


def _quotes(lead_in: str) -> bool:
    """A lead-in that reproduces another instrument (``Resolution 2396 (2017) provides in
    its operative part:``, ``L'article 5 dispose :``): the paragraphs under it are that
    instrument's, not the lead-in's items (guidelines §1; data: numbering.toml)."""
    words = set(re.findall(r"[\w']+", lead_in.casefold().replace("’", "'")))
    return not words.isdisjoint(_quoting_words())


@cache
def _quoting_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_numbering().quoting_leads)


def _sandwich(
    units: Sequence[Unit], k: int, last: tuple[int, ...]
) -> tuple[list[tuple[int, Marker]], int, bool] | None:
    """The list led in at ``units[k]`` whose paragraphs resume after it: the whole run if
    the next paragraph number after it follows ``last``, else the run cut before its own
    last line where that line does (at least two items either way), and says which. Only
    the last: a run that goes on past such a line (``4.``, ``5.`` under ``2.``) is a list of
    its own."""
    got = _run(units, k, last)
    if got is None:
        return None
    (run, stop), short = got
    if len(run) >= 2:
        after = next((p for v in units[stop:] if (p := _paragraph(v.marker))), None)
        if after is not None and _resumes(last, after):
            return run, stop, False
    if short is None or len(short[0]) < 2 or len(short[0]) + 1 != len(run):
        return None
    return short[0], short[1], True


def led_runs(units: Sequence[Unit]) -> dict[int, Marker]:
    """Item markers, by start, of the lists sandwiched in the text's paragraph numbering:
    led in by paragraph ``n``'s colon, followed by paragraph ``n + 1``."""
    if any(u.marker is not None and u.marker.kind == "article" for u in units):
        return {}
    found: dict[int, Marker] = {}
    last: tuple[int, ...] | None = None
    k = 0
    while k < len(units):
        u = units[k]
        lead_in = units[k - 1].text.rstrip() if k > 0 else ""
        if last is not None and lead_in.endswith(":") and not _quotes(lead_in):
            got = _sandwich(units, k, last)
            if got is not None:
                found.update(got[0])
                k = got[1]
                if got[2] and (m := units[k].marker) is not None:
                    # the list's own next number is the paragraph after it: said so, lest
                    # it be read on as the list's next item (3(4))
                    found[units[k].start] = Marker("number", m.label, m.value, m.end, "paragraph")
                continue
        last = _paragraph(u.marker) or last
        k += 1
    return found
