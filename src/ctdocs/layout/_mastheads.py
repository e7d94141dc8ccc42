"""A gazette's masthead: the journal's name, then the state that publishes it.

An official journal opens on its name set on two lines ("JOURNAL OFFICIEL" / "DE LA
REPUBLIQUE DU SENEGAL" or "DU GRAND-DUCHÉ DE LUXEMBOURG", "OFFICIAL GAZETTE" / "OF THE
REPUBLIC OF KENYA"). The name is a chrome cue of ``layout.toml``; the line under it names
the state and opens on "de la", "du", "of the", as a text's own wrapped title may, so it
is noise only right under the name: the journal's, not the act's (guidelines §5).

The issue's lines printed round the name are the masthead too: a short run (its number
and date above the name, its rubrics under the state, "LOIS ET DECRETS", "(TRADUCTION)")
that the name's block and another noise line box in, before the first act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_masthead_boxes", "mark_state_lines"]

# The journal's name alone, and the state's line that completes it.
_JOURNAL_RE = re.compile(r"^(?:journal officiel|(?:the )?(?:official )?gazette)$", re.IGNORECASE)
_STATE_RE = re.compile(r"^(?:de la|du|des|de l['’]|d['’]|of the|of)\s?\w", re.IGNORECASE)
_STATE_WORDS = 8


def mark_state_lines(units: Sequence[Unit]) -> None:
    """The short line right under a journal's name that names its state takes the name's
    reason."""
    for prev, u in pairwise(units):
        if (
            u.noise is None
            and prev.noise is not None
            and u.words() <= _STATE_WORDS
            and _STATE_RE.match(u.text.strip())
            and _JOURNAL_RE.match(" ".join(prev.text.split()))
        ):
            u.noise = prev.noise


# The lines round the name: a number, a date in two calendars, a rubric or two.
_BOX_LINES = 3
_BOX_WORDS = 10
_HEAD_UNITS = 16  # a gazette's name heads its first page
# Under the name the act may begin, and a page's running line may follow its title: a run
# there is the masthead's only when the issue's own chrome closes it (its subscription
# box, its contents). Above the name stands nothing of the act.
_CLOSE_BELOW = frozenset({"web-chrome", "boilerplate", "navigation", "toc"})


def mark_masthead_boxes(units: Sequence[Unit]) -> None:
    """Up to three short, unnumbered open lines between the journal's name block and
    another noise line of the page's head take the name's reason."""
    head = units[:_HEAD_UNITS]
    names = [
        i for i, u in enumerate(head) if u.noise and _JOURNAL_RE.match(" ".join(u.text.split()))
    ]
    for j in names:
        last = j + 1 if j + 1 < len(head) and head[j + 1].noise == head[j].noise else j
        below = _open_run(head, last + 1, 1)
        if below and head[below[-1] + 1].noise not in _CLOSE_BELOW:
            below = None
        for run in (_open_run(head, j - 1, -1), below):
            if run is not None:
                for k in run:
                    head[k].noise = head[j].noise


def _open_run(units: Sequence[Unit], start: int, step: int) -> list[int] | None:
    """The open lines from ``start`` on (``step`` -1 up, 1 down) when they are short and
    unnumbered and a noise line closes them within ``_BOX_LINES``; else None."""
    run: list[int] = []
    k = start
    while 0 <= k < len(units) and units[k].noise is None:
        u = units[k]
        if len(run) == _BOX_LINES or u.marker is not None or u.words() > _BOX_WORDS:
            return None
        run.append(k)
        k += step
    return run if run and 0 <= k < len(units) else None
