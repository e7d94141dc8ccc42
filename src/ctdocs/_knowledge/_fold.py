"""Folding: accents, apostrophes, hyphens and odd spaces, one character for one."""

from __future__ import annotations

import unicodedata

_FOLD_TABLE: dict[int, str] = {}
_FOLD_CHARS: set[str] = set()  # the keys of _FOLD_TABLE as characters
_FOLD_CHAINABLE: list[bool] = []  # [whether fold may replace key by key], once built


def _fold_char(ch: str) -> str:
    if ch in "\u2019\u2018\u02bc\u0060\u00b4":
        return "'"
    if ch in "-\u2010\u2011\u2012\u2013\u2014\u2212":
        return " "
    if ch in "\u00a0\u202f\u2009\u2007":
        return " "
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1 and base[0].isascii():
        return base[0]
    if ch == "\u0152":
        return "\u0152"
    return ch


def fold(text: str) -> str:
    """Fold accents, apostrophes, hyphens and odd spaces, one character for one.

    The result has exactly the length of the input, so an offset in the folded
    text is the same offset in the original: matches found on folded text keep
    exact spans.
    """
    if not _FOLD_TABLE:
        for cp in range(0x80, 0x2300):
            ch = chr(cp)
            f = _fold_char(ch)
            if f != ch:
                _FOLD_TABLE[cp] = f
        for ch in "-\u2019":
            _FOLD_TABLE[ord(ch)] = _fold_char(ch)
        _FOLD_CHARS.update(chr(cp) for cp in _FOLD_TABLE)
        # Replacing one character after another gives what translate() gives only
        # if no replacement is itself replaced later: every value is one character
        # that is not a key (true of this table; checked, not assumed).
        _FOLD_CHAINABLE.append(
            all(len(v) == 1 and v not in _FOLD_CHARS for v in _FOLD_TABLE.values())
        )
    # Speed (fold runs on every whole document, twice): translate() looks every
    # character up in a dict, about a microsecond per 25 characters; a text
    # holds only a few distinct characters to fold, and str.replace of each runs
    # at C speed, several times faster. Same result (tests/test_speedups.py).
    if text.isascii():
        return text.replace("-", _FOLD_TABLE[0x2D])  # the only ASCII key
    if _FOLD_CHAINABLE[0]:
        for ch in _FOLD_CHARS.intersection(text):
            text = text.replace(ch, _FOLD_TABLE[ord(ch)])
        return text
    return text.translate(_FOLD_TABLE)


def fold_plain(text: str) -> str:
    """:func:`fold` the obvious way, with ``str.translate``.

    The reference that :func:`fold`'s faster path is tested against.
    """
    fold("")  # builds the table
    return text.translate(_FOLD_TABLE)
