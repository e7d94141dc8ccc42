"""Markdown's inline markup, found on one line so that normalise can delete it and keep
every remaining character's input offset: ATX heading hashes and their closing tail, a task
list's box, bold and inline HTML tokens (whose positions toggle bold), single-star italics."""

from __future__ import annotations

import re

__all__ = ["markdown_deletions", "pieces_between"]

_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+")
# Tried only where a run of blanks starts: from inside a long run, each start would
# rescan the run (quadratic on a heading line of many spaces). The closing hashes, or an
# attribute block a renderer turns into the heading's id ("### Article IV bis {#art-4bis}",
# "{#i .unnumbered}": pandoc, kramdown; kramdown's "{: #id}"; key="value" pairs, as
# Writerside, MkDocs' attr_list and Hugo write them, "{id="scope"}", "{collapsible="true"}"):
# markup, not the heading's words. A pair needs its "=" glued to a bare key, so braces
# around words or a formula ("{A, B}", "{x = 1}", "{n=3}": a key of one letter is a
# variable) stay the heading's.
_ATTR = r"""(?:[#.][\w:.-]+|[\w-]{2,30}=(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[^\s{}"']{1,60}))"""
_HEADING_TAIL_RE = re.compile(
    rf"(?<![ \t])[ \t]+(?:#+|\{{:?[ \t]*{_ATTR}(?:[ \t]+{_ATTR}){{0,8}}[ \t]*\}})[ \t]*$"
)
# Speed: every pattern tried on each line opens on a character (or a class) rather than
# a look-behind or a case-blind letter, so that the engine skips ahead to the places it
# can match; a look-behind that stood at the start now looks past that first character
# (``_(?<=\S_)_`` is ``(?<=\S)__``), which tests the same character before it.
_MD_TOKEN_RE = re.compile(
    r"\*\*|__(?=\S)|_(?<=\S_)_|</?(?:sup|sub|em|strong|b|i|u|span|small|br)\b[^>\n]{0,200}>",
    re.IGNORECASE,
)
# A task list's box after its item's bullet ("- [ ] Le SPVM avise …", "* [x] Done"), as
# GitHub, GitLab, Notion, Obsidian and Joplin write a checklist: the box is markup (a
# renderer draws a check box), the item's words start after it
_TASK_BOX_RE = re.compile(r"[ \t]*[-*+][ \t]+(\[[ xX]\][ \t]+)(?=\S)")
_ITALIC_RE = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


def markdown_deletions(
    line: str, deletions: list[tuple[int, int]], toggles_at: list[int]
) -> int | None:
    """Add the Markdown markup of ``line`` to ``deletions`` (and its bold tokens to
    ``toggles_at``); return its heading level, if it is an ATX heading."""
    heading_level = None
    start = 0
    m = _HEADING_RE.match(line.lstrip())
    if m:
        heading_level = len(m.group(1))
        lead = len(line) - len(line.lstrip())
        deletions.append((0, lead + m.end()))
        start = lead + m.end()
        tail = _HEADING_TAIL_RE.search(line)
        if tail and tail.start() > start:
            deletions.append((tail.start(), len(line)))
    box = _TASK_BOX_RE.match(line) if heading_level is None else None
    if box is not None:
        deletions.append(box.span(1))
    for t in _MD_TOKEN_RE.finditer(line, start):
        deletions.append((t.start(), t.end()))
        tag = t.group()
        if tag in ("**", "__") or tag.lower() in ("<strong>", "</strong>", "<b>", "</b>"):
            toggles_at.append(t.start())
    blocked = sorted(deletions)  # disjoint spans; italics come in order: walk a pointer
    j = 0
    for it in _ITALIC_RE.finditer(line, start):
        while j < len(blocked) and blocked[j][1] <= it.start():
            j += 1
        if j < len(blocked) and blocked[j][0] <= it.start():
            continue
        deletions.append((it.start(), it.start() + 1))
        deletions.append((it.end() - 1, it.end()))
    return heading_level


def pieces_between(line: str, base: int, deletions: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """The text between the (sorted) deletions, each piece with its input offset."""
    pieces: list[tuple[str, int]] = []
    cursor = 0
    for ds, de in [*deletions, (len(line), len(line))]:
        if ds > cursor:
            pieces.append((line[cursor:ds], base + cursor))
        cursor = max(cursor, de)
    return pieces
