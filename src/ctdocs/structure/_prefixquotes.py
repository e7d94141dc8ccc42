"""Whether a quotation is open before each of many positions of one text, read once.

The inline readers ask, for every label they meet on a long line, whether a quotation is
still open in the text before it (:func:`._sequences._still_quoted` of the prefix). Asked
afresh, each question re-reads the whole prefix, so a paragraph of thousands of labels
("… : (a) …; (a) …; …") cost the square of its length. The answer for a longer prefix
is the answer for the shorter one and the characters between, so :class:`PrefixQuotes`
carries the count forward; the single-quote shapes, which look at the prefix's start and
at one mark anywhere in it, are found once in the whole text.
"""

from __future__ import annotations

from ._sequences import _QUOTE_CHARS, _SINGLE_CLOSES_RE, _SINGLE_OPENS_RE, _still_quoted

__all__ = ["PrefixQuotes"]

_CLOSING_MARKS = ".;:,!?)…"  # what a closing single quote follows (_SINGLE_CLOSES_RE)
_SINGLE_QUOTES = "'’"


class PrefixQuotes:
    """``_still_quoted(text[:pos], False)`` for rising ``pos``, each character read once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._at = 0  # the depth below counts the marks before this position
        self._depth = 0
        opens = _SINGLE_OPENS_RE.match(text)
        # the look-ahead after the opening quote needs its character inside the prefix
        self._opens_end = opens.end() if opens else None
        closes = _SINGLE_CLOSES_RE.search(text)
        self._closes_end = closes.end() if closes else None

    def quoted(self, pos: int) -> bool:
        """Whether a quotation is open at the end of ``text[:pos]``."""
        if pos < self._at:  # a position behind the last one asked: read it afresh
            return _still_quoted(self._text[:pos], False)
        for ch in _QUOTE_CHARS.findall(self._text, self._at, pos):
            if ch in "“«":
                self._depth += 1
            elif ch in "”»":
                self._depth = max(0, self._depth - 1)
            else:  # a straight double quote toggles
                self._depth = 0 if self._depth else 1
        self._at = pos
        depth = self._depth + (self._opens_end is not None and self._opens_end < pos)
        if self._closed_before(pos):
            depth = max(0, depth - 1)
        return depth > 0

    def _closed_before(self, pos: int) -> bool:
        """A closing single quote in ``text[:pos]``: one the whole text holds that ends by
        ``pos``, or one right at ``pos``, which the prefix's end closes as a blank would."""
        if self._closes_end is not None and self._closes_end <= pos:
            return True
        t = self._text
        return pos >= 2 and t[pos - 1] in _SINGLE_QUOTES and t[pos - 2] in _CLOSING_MARKS
