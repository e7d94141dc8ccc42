"""A saved e-mail's envelope: the header lines ("From:", "Date:", "Subject:", "MIME-Version:",
"Content-Type:") that open a newsletter or a circular kept as a message. They are the mail
program's record of the sending, not the text, noise (``metadata``).

A memo also opens "From: … To: … Subject: …", and there those lines are the document's: the
run is an envelope only when one field in it is one that only a mail program writes
(``layout.toml``, ``[copy_noise] mail_headers`` and ``mail_transport``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_mail_headers"]

_START_MAX = 3  # lines of the page above the envelope (a viewer's banner)


@cache
def _fields() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    cues = load_layout().copy_noise
    if cues is None or not cues.mail_headers or not cues.mail_transport:
        return None
    names = any_of((*cues.mail_headers, *cues.mail_transport))
    transport = any_of(cues.mail_transport)
    return (
        re.compile(rf"^(?:{names})\s?:\s*\S", re.IGNORECASE),
        re.compile(rf"^(?:{transport})\s?:", re.IGNORECASE),
    )


def mark_mail_headers(units: Sequence[Unit]) -> None:
    """The first run of header lines near the top is an envelope when a transport field
    stands in it; every line of the run is then noise."""
    pats = _fields()
    if pats is None:
        return
    field, transport = pats
    start = next((i for i, u in enumerate(units[:_START_MAX]) if field.match(u.text)), None)
    if start is None:
        return
    end = start
    while end < len(units) and field.match(units[end].text):
        end += 1
    run = units[start:end]
    if len(run) < 2 or not any(transport.match(u.text) for u in run):
        return
    for u in run:
        u.noise = "metadata"
