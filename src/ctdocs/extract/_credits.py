"""Whether a credit word's match (``person_credit``: "By Harriet Colquhoun-Vale") is a
byline, and the names it credits. A byline stands alone: its line opens on the credit
(the line before it blank, or a date's), or it is the one credit cell of a row
("19 mars 2026 · Par Aminata Koné-Delarue"); after the name comes the line's end, a
comma and a role, a separator, a date, or "and"/"et" and a second name. Not a byline:
wrapped prose ("were reviewed\\nBy Member States and the report"), an act's name ("Par
Décision Ministérielle du 12 juin 2026,", "Par Lettre Circulaire n° 12,"), a row of
facets ("Browse · By Member State · By Thematic Area"), a body ("Par Conseil Supérieur
de Défense"): a name not opened by a known given name or an initial holds no word that
names no person (``not_person``) and no act's word (``act`` of document.toml)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .._knowledge import fold, load_document
from ._unlinked_cues import CREDIT_SEPARATORS, _Cues

__all__ = ["credited_names"]

_SEPARATORS = CREDIT_SEPARATORS
_INITIAL = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)*$")
# a compound surname's further parts, which the name's pattern stops before ("Colquhoun-Vale")
_HYPHENED = re.compile(r"(?:[-\u2010\u2011][^\W\d_]+)*")
# after the name: the line's end, a comma (a role), a separator, a date's digits
_AFTER = re.compile(rf"[ \t]*(?:$|,|[{_SEPARATORS}]|\d)")


@cache
def _acts() -> frozenset[str]:
    """The first words of the acts' names, casefolded and folded: "décision", "order"."""
    words = (w for c in load_document().languages.values() for w in c.act)
    return frozenset(fold(w.split()[0]).casefold() for w in words if w.split())


def _line(text: str, at: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    return lo, len(text) if hi < 0 else hi


def _alone(text: str, lo: int, start: int) -> bool:
    """The credit opens its line, the line before blank or a date's (or none); or it
    opens a cell after a separator."""
    if text[lo:start].strip():
        return text[lo:start].rstrip()[-1:] in _SEPARATORS
    if lo == 0:
        return True
    plo = text.rfind("\n", 0, lo - 1) + 1
    before = text[plo : lo - 1].strip()
    return not before or before[-1:].isdigit()


def _names_someone(name: str, cues: _Cues) -> bool:
    words = name.split()
    while len(words) > 2 and words[0].rstrip(".") in cues.address_words:
        words = words[1:]  # "Par M. Marc Philippe DAUBRESSE"
    folded = [fold(w).casefold().rstrip(".") for w in words]
    if folded[0] in _acts():
        return False  # "Par Décision Ministérielle", "By Order of ..."
    if _INITIAL.match(words[0]) or fold(words[0]) in cues.given:
        return True
    return not any(w in cues.not_person or w in _acts() for w in folded)


def _credit_starts(text: str, words: tuple[str, ...], lo: int, end: int) -> list[int]:
    """Where a match of ``person_credit`` may start in ``text[lo:end]``, in text order: the
    start of a line whose blanks (spaces, tabs) run up to a credit word's first word, and
    that word itself where a separator and one blank stand before it.

    Why: the pattern opens on ``(?m)^[ \t]*`` or a look-behind, so the regex engine tries
    it at every character of the text; the credit words are few and rare (exact: every
    match writes its credit word's first word right after the opening, and the opening is
    one of those two; ``tests/test_speedups_credits.py`` compares with the plain scan)."""
    starts: set[int] = set()
    find, rfind = text.find, text.rfind
    for word in words:
        at = find(word, lo, end)
        while at >= 0:
            line = rfind("\n", 0, at) + 1
            if line >= lo and not text[line:at].strip(" \t"):
                starts.add(line)
            if at >= 2 and text[at - 1] in " \t" and text[at - 2] in _SEPARATORS:
                starts.add(at)
            at = find(word, at + 1, end)
    return sorted(starts)


def _credit_matches(text: str, cues: _Cues, lo: int, end: int) -> Iterator[re.Match[str]]:
    """``cues.person_credit.finditer(text, lo, end)``, the pattern tried only where a match
    may start (:func:`_credit_starts`); the plain scan where the credits hold no word to
    gate on. ``tests/test_speedups_credits.py`` compares with ``finditer`` itself."""
    words = cues.credit_words
    if words is None:
        yield from cues.person_credit.finditer(text, lo, end)
        return
    done = lo  # where the last match ends: the next starts there or after
    match = cues.person_credit.match
    for at in _credit_starts(text, words, lo, end):
        if at >= done and (m := match(text, at, end)) is not None:
            done = m.end()
            yield m


def credited_names(
    text: str, cues: _Cues, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """The spans of the names bylines credit between ``lo`` and ``hi``: the first name
    (the credit match's group 1) and a second one after "and"/"et"."""
    out: list[tuple[int, int]] = []
    end = len(text) if hi is None else hi
    for m in _credit_matches(text, cues, lo, end):
        llo, lhi = _line(text, m.start())
        cells = sum(1 for _ in cues.person_credit_cell.finditer(text, llo, lhi))
        if cells > 1 or not _alone(text, llo, m.start()):
            continue  # a row of facets; wrapped prose
        if not _names_someone(m.group(1), cues):
            continue
        first = _HYPHENED.match(text, m.end(1), lhi)
        end1 = m.end(1) if first is None else first.end()
        second = cues.person_credit_second.match(text, end1, lhi)
        end2 = None if second is None else _HYPHENED.match(text, second.end(1), lhi)
        after = end1 if end2 is None else end2.end()
        if not _AFTER.match(text, after, lhi):
            continue  # "... du 3 mai 2026", "and the report was"
        out.append((m.start(1), end1))
        if second is not None:
            out.append((second.start(1), after))
    return out
