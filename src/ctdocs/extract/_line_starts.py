"""Where the lines of a text start, found once per text for the shape finders whose
patterns open on a line's start (``(?m)^``).

Why: a pattern that opens on ``^`` gives the regex engine no letter to skip ahead to, and
it is tried at every character of the text (some 25 ns each: 6 ms for a text of 230 000
characters), where finding the line breaks costs a tenth of that. The pattern is tried at
the line starts only (:func:`._shape_regex.finditer_from`): the same matches, since ``^``
matches nowhere else. Several finders read the same text (the fold, its copy with the
joining hyphens, the text as written): each one's starts are kept while the document is
read, found by identity (the very same string object), per thread and context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar
from functools import cache

from ._shape_regex import finditer_from

__all__ = ["line_starts", "lines_opening", "match_at_lines", "release_lines"]

_KEPT = 3  # texts remembered: the fold, its hyphened copy, the text as written

_kept: ContextVar[tuple[tuple[str, tuple[int, ...]], ...]] = ContextVar(
    "ctdocs_line_starts", default=()
)


def line_starts(text: str) -> tuple[int, ...]:
    """The offsets where ``(?m)^`` matches in ``text``, in order: 0 and every offset
    after a line break (the text's end too, where it ends on one)."""
    kept = _kept.get()
    for seen, starts in kept:
        if seen is text:
            return starts
    starts = tuple(_scan(text))
    _kept.set(((text, starts), *kept[: _KEPT - 1]))
    return starts


def _scan(text: str) -> list[int]:
    """The line starts, by ``str.find`` (a step per line, none per character)."""
    out = [0]
    find = text.find
    k = find("\n")
    while k >= 0:
        out.append(k + 1)
        k = find("\n", k + 1)
    return out


def match_at_lines(
    pattern: re.Pattern[str], text: str, opens: str | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern every match of which starts at a line's
    start (it opens on ``(?m)^``): tried at those only; with ``opens`` (see
    :func:`lines_opening`), at the lines it may match on only."""
    starts = line_starts(text) if opens is None else lines_opening(text, opens)
    return finditer_from(pattern, text, starts)


def lines_opening(text: str, opens: str) -> list[int]:
    """The line starts whose first character past the line's blanks (spaces, tabs) is one
    of ``opens`` (a character class's body, ``A-Z(``): the only lines a pattern that
    needs one there may match on.

    Why: most lines of a text open on no such character (a signature's line, a name's,
    a table's row are a few among hundreds), and a match tried at each line start is a
    call from Python per line; one scan for a line break followed by the character skips
    ahead to line breaks at C speed and gives the few lines left."""
    head, after_break = _opening(opens)
    out = [m.start() + 1 for m in after_break.finditer(text)]
    return [0, *out] if head.match(text) else out


@cache
def _opening(opens: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a text's first line and of a line after a break that open on one
    of ``opens`` (a line break first: the regex engine skips ahead to line breaks)."""
    return re.compile(rf"[ \t]*[{opens}]"), re.compile(rf"\n[ \t]*[{opens}]")


def release_lines() -> None:
    """Let go of the texts kept (the document's finders are done with them)."""
    _kept.set(())
