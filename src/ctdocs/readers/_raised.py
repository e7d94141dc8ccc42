"""Inserted provision numbers that a legal database prints raised: ``§ 237<sup>1</sup>``.

Codes amended in place (Estonian, Latvian, Polish, Russian codes and their translations)
number an inserted section after the one it follows with a raised figure: ``§ 237¹``,
``Article 205<sup>1</sup>``, a subsection ``(1<sup>1</sup>)``. Flattened to plain text the
figure joins the number (``2371``), a section that does not exist. The raised figure is
written as a Unicode superscript instead, one character for one, so that every offset
into the page stays where it was. Only a figure raised right after the number of a
provision is so read: a footnote call after a word or a year keeps its digits.
"""

from __future__ import annotations

import re

from ._html5 import Node

__all__ = ["raise_inserted_numbers"]

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# the number of a provision just before the raised figure: after the sign or the word
# that names it, inside an opening parenthesis, or closing a range of them ("§§ 237 to 237")
_PROVISION_TAIL = re.compile(
    r"(?:(?:§§?|\b(?:[Aa]rt(?:icle|\.)?|[Ss]ection))\s?|\(|[\d⁰¹²³⁴⁵⁶⁷⁸⁹]\s(?:to|and|à|et|[-–])\s)"
    r"\d{1,5}$"
)
_FIGURES = re.compile(r"\d{1,2}")


def _raised_figure(node: Node) -> Node | None:
    """The one text child of a ``<sup>`` holding one or two figures, if so."""
    if node.name != "sup" or len(node.childNodes) != 1:
        return None
    child = node.childNodes[0]
    text = "".join(t for _, t in child.pieces) if child.name is None else ""
    return child if _FIGURES.fullmatch(text) else None


def raise_inserted_numbers(root: Node) -> None:
    """Write as superscripts the figures raised after a provision's number (see above)."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node.name is None:
            continue
        kids = node.childNodes
        for k, kid in enumerate(kids):
            figure = _raised_figure(kid)
            before = kids[k - 1] if k else None
            if figure is None or before is None or before.name is not None:
                stack.append(kid)
                continue
            if _PROVISION_TAIL.search("".join(t for _, t in before.pieces)[-40:]):
                figure.pieces = [(at, t.translate(_SUPERSCRIPT)) for at, t in figure.pieces]
