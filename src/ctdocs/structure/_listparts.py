"""A heading set between the items of one list: the list goes on across it.

A judgment's operative part sorts its rulings under short headings set between them
(``… en premier et dernier ressort :`` / ``Sur la compétence`` / ``i. Se déclare
compétente ;`` / ``Sur le fond`` / ``ii. Dit que …``): the line stands where the text above
closed on a list's punctuation (a colon, a semicolon, a comma) and an item follows. It names
the section of the items below (guidelines §1: the nearest unnumbered heading), which stay
the items of the paragraph above (``13(ii)``). A short line under a sentence's end or a
heading, over ``(a)``, leads in to the items instead (``No person shall`` over ``(a)
develop …``): the text above it closed no list.
"""

from __future__ import annotations

from ..layout import Unit
from ..layout._numbering import Marker
from ._blocks import heading_like

__all__ = ["list_part_heading"]

# the marks a list's lead-in and its items close on while the list goes on
_LIST_GOES_ON = (":", ";", ",")


def list_part_heading(u: Unit, text: str, below: Marker | None) -> bool:
    """Whether ``u``, a line with no number of its own read while a clause is open, heads a
    part of that clause's list: heading-shaped, with a lettered or roman item ``below`` and
    the text above it closed on a list's punctuation."""
    if below is None or u.line.heading_level is not None:
        return False
    item = below.kind == "item" and below.family != "number"  # "(2)" has a marginal note
    if not (item or below.kind in ("letter", "roman")):
        return False
    return text[: u.start].rstrip().endswith(_LIST_GOES_ON) and heading_like(u, text)
