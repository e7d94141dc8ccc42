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

from ..layout import Unit
from ..layout._numbering import Marker

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
    return str(k + 1) if family == "number" else _ROMANS[k] if k < len(_ROMANS) else ""


def _run(units: Sequence[Unit], k: int) -> tuple[list[tuple[int, Marker]], int] | None:
    """The run opening at ``units[k]`` (its ``1.`` or ``I.``), and where it stops."""
    first = _run_value(units[k])
    if first is None or first[1] not in ("1", "I"):
        return None
    family = first[0]
    found: list[tuple[int, Marker]] = []
    j = k
    while j < len(units):
        got, m = _run_value(units[j]), units[j].marker
        if got is not None and got[0] == family and got[1] == _expected(family, len(found)):
            found.append((units[j].start, got[2]))
        elif m is not None and m.kind not in _INNER_KINDS:
            break
        j += 1
    return found, j


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
        if last is not None and k > 0 and units[k - 1].text.rstrip().endswith(":"):
            got = _run(units, k)
            if got is not None and len(got[0]) >= 2:
                run, stop = got
                after = next((p for v in units[stop:] if (p := _paragraph(v.marker))), None)
                if after is not None and _resumes(last, after):
                    found.update(run)
                    k = stop
                    continue
        last = _paragraph(u.marker) or last
        k += 1
    return found
