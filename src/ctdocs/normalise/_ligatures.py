"""Typographic ligatures spelt out: ``ﬁ`` reads as ``fi`` to every later stage, and maps back.

Text copied from a PDF or read by OCR keeps the presentation forms U+FB00-FB06
(ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): one character standing for two or three letters. Every matcher
of the later stages (domain triggers, actor names, months, cue and numbering
words) is written in letters, and the fold they read maps one character to one,
so "ﬁnancement" or "Déﬁnitions" would match nothing. The PDF reader spells a
ligature out as it reads the glyph (``readers/pdf/characters.py``); the normaliser
does the same for every other input, as it cleans a line, with each letter
pointing at the ligature in the input: a span still leads, through the offset
map, to the characters as printed. The letters are Unicode's own compatibility
decomposition (NFKC) of each form, not a list of ours.
"""

from __future__ import annotations

import unicodedata

__all__ = ["LIGATURES", "LIGATURE_CHARS", "spell_ligatures"]

#: The ligature forms, as the body of a character class (``[...]``).
LIGATURES = "\ufb00-\ufb06"
_LETTERS = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}
#: The ligature forms, as characters.
LIGATURE_CHARS = frozenset(_LETTERS)


def spell_ligatures(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The pieces of a cleaned line (text, input offset) with each ligature spelt out.

    The first letter goes on with the text before it; every later letter is a piece
    of its own at the ligature's offset, and the text after it a piece at the next
    offset, as the PDF reader writes them: a span ending on any letter of a ligature
    maps to an input span that holds all of it.
    """
    out: list[tuple[str, int]] = []
    for seg, off in pieces:
        last = 0
        for at, ch in enumerate(seg):
            letters = _LETTERS.get(ch)
            if letters is None:
                continue
            out.append((seg[last:at] + letters[0], off + last))
            out.extend((c, off + at) for c in letters[1:])
            last = at + 1
        if last < len(seg):
            out.append((seg[last:], off + last))
    return out
