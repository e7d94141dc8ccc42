"""Bodies named on a line set in capitals: ``FEDERAL COURT OF AUSTRALIA``, ``IN THE
CARIBBEAN COURT OF JUSTICE``, ``COMITE DE DEFENSE ET DE SECURITE``, ``MINISTRY OF LAW
AND JUSTICE``.

Judgments, gazettes and reports set the body that issues them in capitals at the head
of the text. The shape rules read a body's name from its capitalised words and its
joiners in lower case, which capitals hide. Here each run of words in capitals is
written as a name is (:func:`recased`: joiners in lower case, every other word
capitalised), the rest of the text blanked, so that the same rules find the body in
it; a heading in capitals that names no body (``REPORT OF THE COMMITTEE``) is refused
by them as it is in mixed case. The joiner words are data (``organ.joiners``).
"""

from __future__ import annotations

import re

__all__ = ["recased", "recased_name"]

# two or more words in capitals (an elided joiner glued to the next: "L'INTERIEUR"),
# one of them of three letters or more; blanks between them, not line breaks. Speed:
# the first capital opens the pattern and the look-behind asks after it what it would
# ask before it; a pattern opening on a look-behind is tried at every position, one
# opening on [A-Z] only at the capitals (the scan of a text took a sixth of the time)
_CAPS_RUN = re.compile(
    r"[A-Z](?<![\w'][A-Z])"
    r"(?:['A-Z]*[A-Z](?:[ \t]{1,3}(?:[A-Z]'|)[A-Z]['A-Z]*)+(?![\w'])"
    r"|'[A-Z]{2,}(?:[ \t]{1,3}(?:[A-Z]'|)[A-Z]['A-Z]*)+(?![\w']))"
)
_AFTER_COMMA = re.compile(r",[ \t]*$")
# a line that goes on from a line ending in capitals
_CONTINUED = re.compile(r"[A-Z][ \t]*\n[ \t]*$")
_WORD = re.compile(r"[^\W\d_]+")


def _recase_run(run: str, joiners: frozenset[str]) -> str:
    """``COURT OF APPEAL OF BARBADOS`` -> ``Court of Appeal of Barbados``; ``D'EXPERTS``
    -> ``d'Experts``: a joiner in lower case, any other word capitalised."""
    return _WORD.sub(
        lambda m: m.group().lower() if m.group().casefold() in joiners else m.group().title(),
        run,
    )


def _opens_on(folded: str, at: int, words: frozenset[str]) -> bool:
    """Whether the word at ``at`` is one of ``words`` (casefolded)."""
    m = _WORD.match(folded, at)
    return m is not None and m.group().casefold() in words


def _runs(folded: str, joiners: frozenset[str]) -> list[tuple[int, int]]:
    """The runs in capitals that may name a body, a name broken over lines one run.

    Not a run after a comma, nor one opening on a joiner a line that goes on from
    capitals: the rest of a name that a comma or a line break cut ("MINISTERE DE
    L'INTERIEUR, DE LA SECURITE PUBLIQUE" / "ET DE L'ADMINISTRATION DU TERRITOIRE").
    Where the line above is that name's own whole run, the lines are one name: a
    letterhead breaks a body's name where the page is narrow ("MINISTÈRE DE
    L'ADMINISTRATION DU TERRITOIRE" / "ET DE LA SÉCURITÉ PUBLIQUE", "CHAMBRE DES
    REPRÉSENTANTS" / "DE BELGIQUE")."""
    runs: list[tuple[int, int]] = []
    for m in _CAPS_RUN.finditer(folded):
        s, e = m.span()
        if _AFTER_COMMA.search(folded, max(0, s - 4), s):
            continue
        if runs and _broken(folded, runs[-1], s, joiners):
            runs[-1] = (runs[-1][0], e)
            continue
        if _CONTINUED.search(folded, max(0, s - 80), s) and _opens_on(folded, s, joiners):
            continue
        runs.append((s, e))
    return runs


def _broken(folded: str, run: tuple[int, int], at: int, joiners: frozenset[str]) -> bool:
    """Whether the run opening the next line at ``at`` on a joiner goes on with ``run``,
    each the whole of its line. (A line ending on a joiner the layout has joined to the
    next already.)"""
    s, e = run
    gap = folded[e:at]
    if gap.count("\n") != 1 or gap.strip() or folded[folded.rfind("\n", 0, s) + 1 : s].strip():
        return False
    return _opens_on(folded, at, joiners)


def recased(folded: str, joiners: frozenset[str]) -> str | None:
    """``folded`` with each run of words in capitals written as a name and every other
    character a line break (same length, so offsets hold); None where the text has no
    such run. A name broken over lines is one run, its line break written as a blank."""
    runs = _runs(folded, joiners)
    if not runs:
        return None
    parts: list[str] = []
    done = 0
    for s, e in runs:
        parts.append("\n" * (s - done))
        parts.append(_recase_run(folded[s:e], joiners).replace("\n", " "))
        done = e
    parts.append("\n" * (len(folded) - done))
    return "".join(parts)


def recased_name(surface: str, joiners: frozenset[str]) -> str:
    """A body's name found in capitals, as a name is written (``Federal Court of
    Australia``); the first word capitalised even where it is a joiner."""
    if not surface.isupper():
        return surface
    name = _recase_run(surface, joiners)
    return name[:1].upper() + name[1:]
