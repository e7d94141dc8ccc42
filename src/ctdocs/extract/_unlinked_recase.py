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

A letterhead also sets a name's last word alone on the next line (``DIRECTION GENERALE
DE LA POLICE`` / ``NATIONALE``) or its first above the rest (``EUROPEAN`` /
``COMMISSION``); :func:`wrapped_breaks` tells the knowledge-base matcher such a name may
run on over the block break the layout made there (guidelines §3: one name, one mention).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Wrapping", "recased", "recased_name", "wrapped_breaks"]

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
    return _opens_on(folded, at, joiners) or _ends_on(folded, s, e, joiners)


def _ends_on(folded: str, s: int, e: int, words: frozenset[str]) -> bool:
    """Whether the last word of ``folded[s:e]`` is one of ``words`` (casefolded): a
    name that a line cut after its joiner (``AUTORITE DE CONTROLE PRUDENTIEL ET``)."""
    last = _WORD.findall(folded, s, e)
    return bool(last) and last[-1].casefold() in words


def _lone_tail(folded: str, e: int, modifiers: frozenset[str]) -> int:
    """Where a run ending at ``e`` (its line's end) ends with the next line, where that
    line is one modifier in capitals alone (``DIRECTION GENERALE DE LA POLICE`` /
    ``NATIONALE``); else ``e``."""
    m = _LONE.match(folded, e)
    if m is None or m.group(1).casefold() not in modifiers:
        return e
    return m.end(1)


# the rest of a line, a line break, one word in capitals alone on the next line
_LONE = re.compile(r"[ \t]*\n[ \t]*([A-Z][A-Z]+)[ \t]*(?=\n|$)")


def recased(
    folded: str, joiners: frozenset[str], modifiers: frozenset[str] = frozenset()
) -> str | None:
    """``folded`` with each run of words in capitals written as a name and every other
    character a line break (same length, so offsets hold); None where the text has no
    such run. A name broken over lines is one run, its line break written as a blank;
    so is a name whose last word, one of ``modifiers``, the layout set on a line alone."""
    runs = [(s, _lone_tail(folded, e, modifiers)) for s, e in _runs(folded, joiners)]
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


@dataclass(frozen=True)
class Wrapping:
    """The words that tell a line in capitals goes on with the next: the joiners
    (``de``, ``of``, ``et``), the modifiers a name may end on (``nationale``,
    ``federal``) and the one-word head nouns (``commission``, ``court``); casefolded,
    from ``data/models/actor_shapes.toml`` (``organ.joiners``, ``organ.modifiers``,
    ``organ.heads``)."""

    joiners: frozenset[str]
    modifiers: frozenset[str]
    heads: frozenset[str]


def _line_words(line: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(line)]


def _wraps(above: str, below: str, w: Wrapping) -> bool:
    """Whether ``below`` is the rest of a body's name that ``above`` opens: both lines
    in capitals; ``above`` ends on a joiner (``... PRUDENTIEL ET``), or ``below`` opens on
    one (``ET DE LA SECURITE PUBLIQUE``), is a lone modifier (``NATIONALE``), or opens on a
    head noun below a line that holds none (``EUROPEAN`` / ``COMMISSION``). Used where
    only a listed name may run on over the break, so two stacked names stay two all the
    same (``UNITED NATIONS`` / ``SECURITY COUNCIL``: no listed form spans them)."""
    if not (_CAPS_LINE.fullmatch(above) and _CAPS_LINE.fullmatch(below)):
        return False
    up, down = _line_words(above), _line_words(below)
    if not up or not down or len(up) > _MOST_WORDS or len(down) > _MOST_WORDS:
        return False
    if up[-1] in w.joiners or down[0] in w.joiners:
        return True
    if len(down) == 1 and down[0] in w.modifiers:
        return True
    if any(x in w.heads for x in up) or down[0] not in w.heads:
        return False
    # a head below a line that holds none: alone (``EUROPEAN ECONOMIC AND SOCIAL`` /
    # ``COMMITTEE``) or below adjectives alone (``EUROPEAN`` / ``COURT OF AUDITORS``)
    return len(down) == 1 or not any(x in w.joiners for x in up)


# a line in capitals: letters in capitals, blanks, apostrophes, hyphens, commas; no lower case
_CAPS_LINE = re.compile(r"[A-Z][A-Z' ,\-]*")
_MOST_WORDS = 12  # a line of a name set in a letterhead or a title block, not a paragraph


def wrapped_breaks(folded: str, breaks: Sequence[int], w: Wrapping) -> list[int]:
    """``breaks`` (block starts, sorted) but those where a body's name in capitals goes on
    from the line above: a letterhead or a title block wraps a name where its column is
    narrow (``DIRECTION GENERALE DE LA POLICE`` / ``NATIONALE``, ``MINISTRY OF HOME
    AFFAIRS AND`` / ``NATIONAL SECURITY``), and the layout may start a block at each of
    its lines; the name is one all the same (guidelines §3). A few string looks per
    block start.

    Speed: a block that opens on a character neither a capital (A to Z) nor a blank
    opens no line in capitals (the line below, stripped, would open on that character,
    or on a word before the block on its line): it stays a break, with no line cut."""
    out: list[int] = []
    for b in breaks:
        c = folded[b : b + 1]
        if c and not ("A" <= c <= "Z" or c.isspace()):
            out.append(b)
            continue
        line_start = folded.rfind("\n", 0, b) + 1
        gap_start = folded.rfind("\n", 0, max(0, line_start - 1)) + 1
        above = folded[gap_start : max(gap_start, line_start - 1)].strip()
        end = folded.find("\n", b)
        below = folded[line_start : len(folded) if end < 0 else end].strip()
        if line_start == 0 or folded[line_start:b].strip() or not _wraps(above, below, w):
            out.append(b)
    return out
