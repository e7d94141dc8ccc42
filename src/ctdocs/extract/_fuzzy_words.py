"""Whether a near match of a known name differs from it by slips only, word by word.

The knowledge-base matcher takes a capitalised run as a known name when the two are
close enough letter by letter (``FUZZY_THRESHOLD`` in :mod:`._actors`): an OCR slip, a
missing accent, ``Organisation`` for ``Organization``. A whole-string ratio also passes
a run that swaps one word of the name for another word sharing a few letters with it:
``Committee on Regional Affairs`` scores 91 against ``Committee on Legal Affairs``, a
body of the European Parliament, where the text names an assembly's own committee
(guidelines §3: a body not in the lists is an actor under its own name, never another
body's). A slip changes letters inside a word; it does not put another word in the
name. So each word of the run that differs from the form's word in its place must be
close to it on its own, or one edit from it (a misread letter in a word of four letters,
``Tash`` for ``Task``, scores 75); short words (``of``/``on``, ``de``/``du``) are a name's
joiners, spelt either way.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

__all__ = ["slips_only"]

# Centre/Center 83, Defence/Defense 86; Regional/Legal 62, Internal/International 76
WORD_SLIP = 80.0
_JOINER = 3  # words of three letters at most: joiners and articles, never the name's sense


def slips_only(run: str, form: str) -> bool:
    """Whether each word of ``run`` is the word of ``form`` in its place or a slip of it
    (case aside); runs of another number of words are not judged here (True).

    A short word is a joiner only where neither side writes it in capitals: ``EU`` and
    ``UN``, ``UE`` and ``ONU`` are acronyms, the name's sense, and must be a slip too."""
    said, known = run.split(), form.split()
    if len(said) != len(known):
        return True
    return all(_slip(a, b) for a, b in zip(said, known, strict=True))


def _slip(written: str, known: str) -> bool:
    a, b = written.casefold(), known.casefold()
    return (
        a == b
        or (max(len(a), len(b)) <= _JOINER and not (written.isupper() or known.isupper()))
        or Levenshtein.distance(a, b) <= 1
        or fuzz.ratio(a, b) >= WORD_SLIP
    )
