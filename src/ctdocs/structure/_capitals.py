"""The citation of capital-letter section headings under roman ones (guidelines §1a).

The guidelines cite ``A. Prévention`` under ``II.`` as ``A``. Whether a bare letter is
safe depends on the whole document: a report whose letters start again under each roman
(``A``, ``B`` under ``I``; ``A``, ``B`` again under ``II``) would give two clauses ``A``,
and the held-out gold cites those ``II.A``. So while the body is read such a heading is
numbered under its roman (``II(A)``, unique whatever follows) and, once the document is
read, :func:`cite_capital_sections` gives it its citation form from ``numbering.toml``
(``[capital_section]``), carrying what is numbered under it along (``II(A)(1)`` becomes
``A(1)`` or ``II.A(1)``). In an annex whose numbers start again the heading stays in the
annex's space (``Appendix(II)(A)`` becomes ``Appendix(A)``).
"""

from __future__ import annotations

import re

from ..layout._numbering import load_numbering
from ._blocks import RawBlock

__all__ = ["cite_capital_sections"]

# a capital heading as the body numbers it under its roman: "II(A)", "Appendix(I)(A)"
_UNDER_ROMAN_RE = re.compile(r"^(?P<roman>.+)\((?P<letter>[A-Z])\)$")


def _capital_sections(blocks: list[RawBlock]) -> dict[int, tuple[str, str, str]]:
    """Each capital heading numbered under the roman heading it sits in, by block index:
    the number space its roman is cited in (``Appendix(`` for ``Appendix(II)``, else
    empty), the roman's value and the heading's letter."""
    out: dict[int, tuple[str, str, str]] = {}
    for k, b in enumerate(blocks):
        if b.kind != "clause" or b.family != "capital" or b.parent is None:
            continue
        roman = blocks[b.parent].number
        m = _UNDER_ROMAN_RE.match(b.number)
        if blocks[b.parent].family != "roman" or m is None or m["roman"] != roman:
            continue
        space, value = "", roman
        if roman.endswith(")") and "(" in roman:  # "Appendix(II)": the annex's own space
            space, value = roman[: roman.rindex("(") + 1], roman[roman.rindex("(") + 1 : -1]
        out[k] = (space, value, m["letter"])
    return out


def _renumbered(number: str | None, forms: dict[str, str]) -> str | None:
    """``number`` with a capital heading's old number at its head replaced: the heading
    itself and whatever is cited under it (``II(A)(1)``, ``II(A)(1)(a)``)."""
    for old, new in forms.items():
        if number is not None and (number == old or number.startswith(old + "(")):
            return new + number[len(old) :]
    return number


def _forms(blocks: list[RawBlock], found: dict[int, tuple[str, str, str]]) -> dict[str, str]:
    """The new number of each capital heading, by its number under its roman: the bare
    letter, unless a letter repeats across romans or a renumbered clause would take
    another's number; then the colliding form, for every heading of the document (one
    style per text); nothing if that collides too."""
    scheme = load_numbering().capital_section
    letters = [letter for _, _, letter in found.values()]
    numbers = [b.number for b in blocks if b.kind == "clause"]
    for form, fits in ((scheme.alone, len(set(letters)) == len(letters)), (scheme.colliding, True)):
        forms = {  # in an annex's space the form stays in it: Appendix(A), Appendix(II.A)
            blocks[k].number: space + form.format(roman=roman, letter=letter) + ")" * bool(space)
            for k, (space, roman, letter) in found.items()
        }
        if fits and len({_renumbered(n, forms) for n in numbers}) == len(set(numbers)):
            return forms
    return {}


def cite_capital_sections(blocks: list[RawBlock]) -> None:
    """Give every capital heading under a roman one its citation form (guidelines §1a:
    ``A``; ``II.A`` where bare letters would collide), in place, with the numbers and
    parent numbers of the clauses under it."""
    found = _capital_sections(blocks)
    if not found:
        return
    forms = _forms(blocks, found)
    if not forms:
        return
    for b in blocks:
        if b.kind == "clause":
            b.number = _renumbered(b.number, forms) or b.number
            b.parent_number = _renumbered(b.parent_number, forms)
