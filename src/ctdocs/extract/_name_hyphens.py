"""The folded text with the hyphens that join a name's parts kept.

Folding makes every hyphen a blank (``Sophie-Anne Lévesque-Tardif`` reads ``Sophie Anne
Levesque Tardif``), so a finder that counts a person's name words counts four where the
name has two parts, a compound given name and a compound surname, and a word in capitals
after a hyphen (``DIALLO-SOW``) stands alone as if it were an acronym. A hyphen between
two letters, with no blank on either side, joins parts of one word in every publisher's
text and both languages; a dash between blanks (``Canada – Lesley Soper``) separates
and stays a blank. Same length as the folded text: offsets are the same.
"""

from __future__ import annotations

import re

__all__ = ["hyphened"]

# a hyphen (ASCII, Unicode hyphen, non-breaking hyphen) between two letters (opening on
# the hyphen, its look-behind after it: the regex engine skips ahead to hyphens)
_JOINING = re.compile(r"[-\u2010\u2011](?<=[^\W\d_].)(?=[^\W\d_])")


def hyphened(text: str, folded: str) -> str:
    """``folded`` with a ``-`` where ``text`` holds a hyphen between two letters."""
    pieces: list[str] = []
    at = 0
    for m in _JOINING.finditer(text):
        pieces += [folded[at : m.start()], "-"]
        at = m.end()
    if not pieces:
        return folded
    pieces.append(folded[at:])
    return "".join(pieces)
