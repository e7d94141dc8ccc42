"""The per-document memo of per-line classifiers: one answer per distinct line, for one parse.

Why: the layout and structure stages ask the same questions of the same lines again (the
marker a line opens with: some 11 300 calls a pass over the dev corpus, a quarter of them
on a line the same document already asked of; a title candidate's features: two in three
asked before). A process-wide cache keeps every document's lines alive after its parse and
made the collector's full passes more frequent (session 37, reverted); this memo is made
when a parse begins (:func:`document_memo`, opened by ``ctdocs._parse``) and dropped when
it ends, so no answer outlives its document and nothing grows past one document's lines.

Only classifiers whose answer is a function of their arguments alone (and of the shipped
or active knowledge, fixed for the whole parse) may keep an answer here, and only a frozen
one: a caller must never be able to change what another caller is handed. Outside a parse
(a test or a tool calling a classifier directly) there is no memo and every call computes.

A foundation: any stage may import it; it imports nothing of ctdocs. Each classifier owns
one table (a slot below), so no two classifiers' keys can collide.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["LineMemo", "current_memo", "document_memo"]


class LineMemo:
    """One parse's remembered answers, a table per classifier (keys: the line and the
    classifier's own options; values: its frozen answers)."""

    __slots__ = ("features", "markers")

    def __init__(self) -> None:
        self.markers: dict[tuple[str, bool, bool], object] = {}  # layout find_marker
        self.features: dict[str, object] = {}  # structure line_features


_CURRENT: ContextVar[LineMemo | None] = ContextVar("ctdocs_line_memo", default=None)


def current_memo() -> LineMemo | None:
    """The memo of the parse running in this context, or None outside a parse."""
    return _CURRENT.get()


@contextmanager
def document_memo() -> Iterator[LineMemo]:
    """A fresh memo for the parse run inside the block, dropped on the way out (whatever
    happens); a parse inside another's (none does today) gets its own."""
    memo = LineMemo()
    token = _CURRENT.set(memo)
    try:
        yield memo
    finally:
        _CURRENT.reset(token)
