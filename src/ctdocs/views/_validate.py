"""Numbering checks for ``ctdocs validate``: gaps, duplicates, order, parents.

A policy text's numbering is its citation system; a gap (3.1, 3.2, 3.4), a
duplicate, a step backwards or a sub-clause filed under the wrong parent
usually means a conversion or editing error that researchers would cite wrongly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout._numbering import roman_value
from ..models import Clause, Document

__all__ = ["Problem", "check_numbering"]

_ITEM_TAIL = re.compile(r"\(([^()]+)\)$")
# "Article 5", "Chapter II", "Annex 3": a number in the space its word names
_WORDED = re.compile(r"^(\D+?)\s+([0-9]+|[IVXLCivxlc]+)$")


@dataclass(frozen=True, slots=True)
class Problem:
    offset: int  # in doc.text
    number: str
    message: str


def _last_part(number: str) -> tuple[str, str]:
    """(prefix, last) of a citation number.

    '16.2.5' -> ('16.2', '5'); '1(a)(ii)' -> ('1(a)', 'ii').
    """
    m = _ITEM_TAIL.search(number)
    if m:
        return number[: m.start()], m.group(1)
    w = _WORDED.match(number)
    if w:
        return w.group(1), w.group(2)
    if "." in number:
        head, _, tail = number.rpartition(".")
        return head, tail
    return "", number


def _ordinal(value: str, family: str) -> int | None:
    value = value.rstrip("°")
    if value.isdigit():
        return int(value)
    v = value.lower()
    if family == "roman":
        return roman_value(v)
    if len(v) == 1 and v.isalpha():
        return ord(v) - ord("a") + 1
    return None


def _family(c: Clause) -> str:
    """The sequence a clause counts in, from the last part of its number."""
    last = _last_part(c.number)[1].rstrip("°")
    if last.isdigit():
        return "number"
    low = last.lower()
    if re.fullmatch(r"[ivxlc]+", low) and (len(low) > 1 or low == "i" or last.isupper()):
        return "roman"
    return "letter"


def check_numbering(doc: Document) -> list[Problem]:
    """Every numbering problem in the document, in reading order."""
    problems: list[Problem] = []
    seen: dict[str, Clause] = {}
    groups: dict[tuple[str | None, str, str], list[Clause]] = {}
    numbers = {c.number for c in doc.clauses()}
    for c in doc.clauses():
        if c.number in seen:
            problems.append(Problem(c.start, c.number, f"duplicate clause number {c.number}"))
        seen[c.number] = c
        prefix, _last = _last_part(c.number)
        fam = _family(c)
        groups.setdefault((c.parent, prefix, fam), []).append(c)
        if "." in c.number and "(" not in c.number:
            expected = prefix
            if expected not in numbers and c.parent_number is not None:
                problems.append(
                    Problem(
                        c.start,
                        c.number,
                        f"sub-clause {c.number} has no clause {expected}; it was filed under "
                        f"{c.parent_number}",
                    )
                )
    for (_parent, _prefix, fam), members in groups.items():
        prev: Clause | None = None
        prev_n: int | None = None
        for c in members:
            n = _ordinal(_last_part(c.number)[1], fam)
            if n is None:
                prev, prev_n = c, None
                continue
            if prev is not None and prev_n is not None:
                if n < prev_n:
                    problems.append(
                        Problem(
                            c.start,
                            c.number,
                            f"clause {c.number} comes after {prev.number} (out of order)",
                        )
                    )
                elif n > prev_n + 1:
                    missing = n - prev_n - 1
                    problems.append(
                        Problem(
                            c.start,
                            c.number,
                            f"gap before clause {c.number}: {missing} number(s) missing "
                            f"after {prev.number}",
                        )
                    )
            prev, prev_n = c, n
    problems.sort(key=lambda p: p.offset)
    return problems
