"""A gazette's masthead: the journal's name, then the state that publishes it.

An official journal opens on its name set on two lines ("JOURNAL OFFICIEL" / "DE LA
REPUBLIQUE DU SENEGAL" or "DU GRAND-DUCHÉ DE LUXEMBOURG", "OFFICIAL GAZETTE" / "OF THE
REPUBLIC OF KENYA"). The name is a chrome cue of ``layout.toml``; the line under it names
the state and opens on "de la", "du", "of the", as a text's own wrapped title may, so it
is noise only right under the name: the journal's, not the act's (guidelines §5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_state_lines"]

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
