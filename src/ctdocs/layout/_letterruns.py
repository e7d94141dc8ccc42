"""Paragraphs numbered after a letter (``R1``, ``C2``, ``A3.``): which open a paragraph.

Reports and guides number their recommendations, findings and checklist items after a
letter that names the kind or the part (``R1. Aux Etats membres …``, ``C1. Les organismes
…``, a checklist's ``A1.`` … ``A4.`` under part A, ``**R1** Cartographier …``): a
numbered paragraph cited as printed (guidelines §1a). The same shape opens lines that
number nothing: a group's name (``G7 Information Centre``, ``G5 Sahel`` on every page's
running line), a consolidated act's amendment mark (``M1 DÉCISION (PESC) …``), a language
level (``A1 Beginner``, ``B2 Upper intermediate``), a road (``M1 Northbound was closed``),
a model (``M1 Abrams tanks``).

What tells them apart holds across publishers: a letter's paragraphs come in a run, the
first one ``1`` and the next line of that letter its successor, while a name stands alone
or repeats one number; and they are set as numbers are, with a full stop or in bold. So a
letter's number opens a paragraph only in such a run (each letter counted on its own:
``C1`` … ``C3`` then ``R1`` … ``R3``) printed with a full stop or in bold; with a full
stop and no bold, the run is of three at least, or its letter names a kind of paragraph
(``letter_kinds`` in ``numbering.toml``: R, F, C) or the part it sits under (``A1.``
under ``A.``). The lone first of a letter opens one in a text that numbers another
letter's run so and with the same stop (``C1.``, ``C2.``, then one recommendation
``R1.``); the marker of any other is dropped here, before any later reading counts it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._numberingschema import load_numbering
from ._unit import Unit

__all__ = ["drop_stray_letters"]

_LETTER_RE = re.compile(r"([A-Z])(\d{1,2})")
_PART_RE = re.compile(r"[A-Z]")


def _letter_number(u: Unit) -> tuple[str, int] | None:
    """The letter and the number of a paragraph numbered after a letter, else None."""
    m = u.marker
    if m is None or m.kind != "number":
        return None
    lm = _LETTER_RE.fullmatch(m.value)
    return (lm.group(1), int(lm.group(2))) if lm else None


def _bold(u: Unit) -> bool:
    """Whether the marker is set in bold (``**R1**``, ``<strong>A1.</strong>``)."""
    end = u.start + (u.marker.end if u.marker is not None else 0)
    return any(s < end and e > u.start for s, e in u.line.bold_spans)


def _stop(u: Unit) -> bool:
    return u.marker is not None and u.marker.label.endswith(".")


def _runs(lettered: Sequence[tuple[Unit, tuple[str, int]]]) -> tuple[list[list[Unit]], list[Unit]]:
    """Each letter's runs ``X1``, ``X2`` … (a run opens at 1 with 2 the next line of its
    letter, and each one after it is the successor of the last) and the units in none.
    Only markers with a full stop or in bold count: a bare ``M1`` is dropped at once."""
    marked: dict[str, list[tuple[Unit, int]]] = {}
    stray: list[Unit] = []
    for u, ln in lettered:
        if _stop(u) or _bold(u):
            marked.setdefault(ln[0], []).append((u, ln[1]))
        else:
            stray.append(u)
    runs: list[list[Unit]] = []
    for run in marked.values():
        for k, (u, value) in enumerate(run):
            nxt = run[k + 1][1] if k + 1 < len(run) else None
            if value == 1 and nxt == 2:
                runs.append([u])
            elif k and runs and runs[-1][-1] is run[k - 1][0] and value == run[k - 1][1] + 1:
                runs[-1].append(u)
            else:
                stray.append(u)
    return runs, stray


def _parts(units: Sequence[Unit]) -> dict[int, str]:
    """The letter of the part each unit sits under (``A.`` … then ``A1.``), by id."""
    part, out = "", {}
    for u in units:
        m = u.marker
        if m is not None and _PART_RE.fullmatch(m.value):
            part = m.value
        out[id(u)] = part
    return out


def drop_stray_letters(units: Sequence[Unit]) -> None:
    """Drop the marker of each letter's number that opens no paragraph (module doc)."""
    lettered = [(u, ln) for u in units if (ln := _letter_number(u)) is not None]
    if not lettered:
        return
    runs, stray = _runs(lettered)
    kinds = set(load_numbering().letter_kinds)
    parts = _parts(units) if runs else {}
    kept: list[list[Unit]] = []
    for run in runs:
        letter = run[0].marker.value[0] if run[0].marker is not None else ""
        if (
            all(_bold(u) for u in run)
            or len(run) >= 3
            or letter in kinds
            or all(parts.get(id(u)) == letter for u in run)
        ):
            kept.append(run)
        else:
            stray += run
    stops = {_stop(u) for run in kept for u in run}
    letters = [ln[0] for _, ln in lettered]
    for u in stray:
        # a lone "R1." after "C1." … "C3.": the text numbers after letters, one of one
        # with the same stop as theirs (a bare "M1 Abrams" after "C1.", "C2." is a name)
        value = u.marker.value if u.marker is not None else ""
        first = value[1:] == "1" and letters.count(value[:1]) == 1
        lone = first and (_stop(u) or _bold(u)) and _stop(u) in stops
        if not lone:
            u.marker = None
