"""An acronym spelt by more than the initials of its name's words.

``Cellule nationale de traitement des informations financières (CENTIF)``,
``groupe d'intervention antiterroriste (GIAT)``: an acronym often takes a second or
third letter of a word (``CE`` of ``Cellule``) to be pronounceable, which a
spelling by initials (:func:`ctdocs.extract._unlinked._spelt`) misses. Here each
word of the name gives its initial and up to two more of its letters, in order;
the run must open on a head noun (``Cellule``, ``Committee``), so that a phrase
glossed by letters (``Improvised Explosive Device (IED)``) stays what it is.
"""

from __future__ import annotations

__all__ = ["spelt_loosely"]

_MORE = 2  # letters a word may give after its initial


def _spells(words: list[str], acr: str) -> bool:
    """Whether ``words`` (upper case, no joiners) spell ``acr`` in order, each its
    initial first and at most ``_MORE`` further letters of its own."""
    if not words:
        return not acr
    w = words[0]
    if not acr or acr[0] != w[0] or len(acr) < len(words):
        return False
    rest = w[1:]
    for take in range(min(_MORE, len(acr) - len(words)) + 1):
        if take and not _subsequence(acr[1 : 1 + take], rest):
            break
        if _spells(words[1:], acr[1 + take :]):
            return True
    return False


def _subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in part)


def spelt_loosely(
    words: list[tuple[str, int, int]],
    acr: str,
    link_words: frozenset[str],
    heads: frozenset[str],
) -> tuple[int, int] | None:
    """The span of the shortest run of ``words`` closing the list, opened by a head
    noun or, all its words capitalised, closed by one (the English order), whose words
    other than joiners spell ``acr`` loosely; None if none does."""
    content = [k for k, w in enumerate(words) if w[0].casefold() not in link_words]
    closed = bool(content) and words[content[-1]][0].casefold() in heads
    for n in range(2, min(len(acr), len(content)) + 1):
        first = content[-n]
        opened = words[first][0].casefold() in heads
        titled = closed and n > 2 and _titled([words[k][0] for k in content[-n:]])
        if not (opened or titled):  # two words spelling four letters: "Stabilisation
            continue  # Force (SFOR)", an operation's name
        if _spells([words[k][0].upper() for k in content[-n:]], acr):
            return words[first][1], words[-1][2]
    return None


def _titled(words: list[str]) -> bool:
    """Whether every word of a run closed by its head is capitalised: an English name
    in title case (``Japan Financial Intelligence Center (JAFIC)``, ``Nigerian
    Maritime Administration and Safety Agency (NIMASA)``), where a phrase glossed by
    letters is in lower case or closes on no head."""
    return all(w[:1].isupper() for w in words)
