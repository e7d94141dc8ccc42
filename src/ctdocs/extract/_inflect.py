"""The feminine and plural forms of a French adjective from its listed form.

A body's name agrees its adjectives with its nouns: ``unités spéciales``, ``affaires
intérieures``, ``administration territoriale``. The word lists spell the forms they hold
one by one, and a form left out cuts the name short where it stands (``Direction des
unités`` for ``Direction des unités spéciales``). French builds the forms from the
word's ending (``-al``: ``-ale``, ``-aux``, ``-ales``; ``-if``: ``-ive``, ``-ifs``,
``-ives``; any other: ``-e``, ``-s``, ``-es``), so the forms are derived here from the
endings in the data (``[english] endings`` in ``data/models/actor_shapes.toml``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["inflected"]


def _forms(word: str, endings: Mapping[str, list[str]]) -> list[str]:
    """The forms ``word`` takes by its longest listed ending ("" the default)."""
    for size in range(len(word) - 1, -1, -1):
        tail = word[len(word) - size :] if size else ""
        forms = endings.get(tail)
        if forms is not None:
            stem = word[: len(word) - size]
            return [stem + f for f in forms]
    return []


def inflected(words: Iterable[str], endings: Mapping[str, list[str]]) -> dict[str, str]:
    """Each one-word form the words take -> the listed word it comes from; the listed
    words map to themselves and win over a form derived from another."""
    listed = list(words)
    out: dict[str, str] = {}
    for w in listed:
        if " " in w or w.startswith("-"):
            continue
        for f in _forms(w, endings):
            out.setdefault(f, w)
    out.update({w: w for w in listed})
    return out
