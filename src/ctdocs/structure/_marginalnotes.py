"""A heading line set right above a numbered line as that line's title (a marginal note:
``**Extension**`` over ``(2) Despite subsection (1), …``, ``Interpretation.`` over
``2. In these regulations …``) rather than a section heading: read where the number space
is open above it (a section's subsection, an article's or a named unit's paragraph).
Kept apart from :mod:`._clausereading` so that each stays within the module size limit.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..layout import Unit
from ..layout._numbering import Marker
from ._blocks import clean_title
from ._clausestate import _State
from ._lineshapes import stop_note
from ._sequences import _Note

__all__: list[str] = []


def decimal_goes_on(value: str, seen: Mapping[str, int], before: int) -> bool:
    """``5.10`` whose ``5.9`` was printed before block ``before`` (the named unit
    ``Proposal 5C`` open above it): a decimal paragraph that goes on with the document's
    own numbering, not one of that unit's paragraphs, so the heading line over it names a
    section (``Questions for consultees``)."""
    stem, _, last = value.rstrip(".").rpartition(".")
    if not stem or not last.isdecimal():
        return False
    return seen.get(f"{stem}.{int(last) - 1}", before) < before


class _Notes(_State):
    """Whether a heading line is the marginal note of the numbered line below it."""

    def _marginal_note(self, u: Unit, nxt: Unit | None) -> bool:
        """``**Extension**`` above ``(2) Despite subsection (1), …``: the subsection's title,
        not a section heading (its number space is open above: a section, or a decimal
        section ``### 27.1 Annual report`` whose subsection (1) the (2) continues)."""
        if nxt is None or (u.line.heading_level or 9) <= 2:
            return False
        m = self.marker(nxt)
        if m is None or m.kind not in ("item", "number") or m.family not in ("", "number"):
            return False
        if m.kind == "number" and not (self._in_article() or stop_note(u.text)):
            return False
        if m.kind == "number" and self._named_unit(m.value):
            return False  # "5.10" after "5.9": the document's own paragraph, not the unit's
        if self.container is None and not (self._continues_items(m) or stop_note(u.text)):
            return False
        self.note = _Note(u, clean_title(u.text))
        return True

    def _continues_items(self, m: Marker) -> bool:
        """``(2)`` follows the open subsection ``(1)`` of the latest numbered paragraph."""
        if self.anchor is None or not self.items:
            return False
        # the open subsection, under any items it holds ((2) after 4(1)(c)(ii)); (2.1) is
        # inserted after (2), and (3) after (2.1) goes on with the section
        top = next((b for k in self.items if (b := self.blocks[k]).family == "number"), None)
        if top is None or not (open_head := top.item_value.split(".", 1)[0]).isdecimal():
            return False
        head = m.value.split(".", 1)[0]
        return head.isdecimal() and (
            int(open_head) + 1 == int(head) if head == m.value else head == open_head
        )

    def _named_unit(self, value: str) -> bool:
        """The open container is a named unit (``Proposal 5C``, ``Mesure 3``; not an
        article, whose paragraphs keep their marginal notes) and the decimal ``value``
        goes on with the paragraphs printed before it opened."""
        c = self.container
        if c is None or self.blocks[c].family != "holds-items":
            return False
        return decimal_goes_on(value, self.seen, c)
