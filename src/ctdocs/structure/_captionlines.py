"""Caption lines: ``Table 1: Threat levels``, ``Figure 2 – Attacks by region``, ``Encadré 3
— Un cas d'étude`` alone on a line over a table, a chart or a box. Set as a heading's
short line without a full stop, such a line names a figure, not a part of the text, so it
names no section (guidelines §1: a clause's section is the nearest preceding unnumbered
heading; §5: captions are the page's furniture). It is told by its shape, a caption's word
and its number at the line's start (``numbering.toml`` ``caption_words``), whatever the
publisher. An annex's word heads a part of the text (``Annex A``, ``ANNEXE 2``), so it is
left out of the caption words here."""

from __future__ import annotations

import re
from functools import cache

from ..layout._numbering import load_numbering

__all__ = ["caption_line"]


@cache
def _caption_re() -> re.Pattern[str]:
    numbering = load_numbering()
    parts = {w.casefold() for w in numbering.annex.words}
    words = sorted(
        (re.escape(w) for w in numbering.caption_words if w.casefold() not in parts),
        key=len,
        reverse=True,
    )
    # the word, an optional "n°" / "No.", then the caption's number or letter ("1", "2.3",
    # "A", "IV", an annex's "A.1") and the end of the line or a separator before its title
    return re.compile(
        rf"[*_\s]*(?:{'|'.join(words)})\.?\s+(?:n[°o]\.?\s*)?"
        r"(?:(?:[A-Z][.\-])?\d{1,3}(?:[.\-]\d{1,3})*[a-z]?|[A-Z]|[IVX]{1,5})[*_]*(?=\s*$|\s*[:.–—-]\s|\s*[:.]$|\s+\S)",
        re.IGNORECASE,
    )


def caption_line(text: str) -> bool:
    """Whether a line opens with a caption's word and number (``Table 1: …``, ``Box 2``)."""
    return _caption_re().match(text) is not None
