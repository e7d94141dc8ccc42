"""What the command prints to a terminal: document text and file names made harmless.

A document (or a file name) may hold control characters, ANSI/OSC escape
sequences (``ESC [ 2 J`` clears a screen, ``ESC ] 52`` writes the clipboard,
``ESC ] 8`` forges links), bidirectional overrides that reorder what a line
shows, or bytes that are not UTF-8 (a name decoded with ``surrogateescape``).
None of them may reach a terminal raw: each is printed as a visible escape,
``\\x1b``, ``\\u202e``, or ``\\xe9`` for an undecodable byte of a file name
(the byte itself, as :func:`ctdocs.readers._source.escape_name` writes it in exports).
"""

from __future__ import annotations

import re

__all__ = ["printable"]

# C0 controls but tab and line feed, DEL, C1 controls, the bidirectional marks and
# overrides, the Unicode line and paragraph separators, and surrogates.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0a-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ud800-\\udfff]")
_UNSAFE_KEEP_LINES = re.compile(
    f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}\\u2028\\u2029\\ud800-\\udfff]"
)


def printable(text: str, *, lines: bool = False) -> str:
    """``text`` with every character unsafe on a terminal written as a visible escape.

    ``lines=True`` keeps line feeds (a multi-line view); otherwise the result is
    one line. Tabs are kept; ordinary text, accents and typography are untouched.
    """
    pattern = _UNSAFE_KEEP_LINES if lines else _UNSAFE
    return pattern.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"
