"""The walk of an HTML tree: every node handed to the converter in document order.

Without recursion, the tree taken apart as it is walked (``release``); text after
``</body>`` handed over where it stands in the input; screen-reader-only elements met
inside a line held until the line ends (``_Held``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._html5 import Node
from ._htmlconv import BLOCK, Converter
from ._htmlhidden import SKIP, has_text, is_hidden

__all__ = ["release", "walk"]

# Elements whose end ends a line: screen-reader text held inside a line is written then.
_LINE_ENDS = BLOCK | {"li", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "header", "footer", "aside"}
# the void elements of the HTML standard: no end tag, no content
_VOID = frozenset(("br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed"))
_VOID |= {"source", "track", "wbr"}


def walk(conv: Converter, root: Node, closers: dict[str, int]) -> None:
    """Hand the tree to the converter in document order, without recursion.

    The tree is taken apart as it is walked. Hiding elements (script, style,
    head…) are passed over whole; an element still open when the input ended has
    no end event (as it had no end tag), except body and html whose first end
    tags the tree builder reports. Text
    after ``</body>`` (the algorithm appends it to the body) is handed over
    after that end tag, where it stands in the input.
    """
    late: list[tuple[int, str]] = []
    body_end = closers.get("body", closers.get("html", -1))
    stack: list[tuple[Node, bool]] = [(root, False)]
    held = _Held()
    while stack or held.waiting:
        if not stack:
            conv.end_line()
            held.release(stack)
            continue
        node, leaving = stack.pop()
        name = node.name or ""
        end = node.end if node.end >= 0 else closers.get(name, -1)
        if leaving and held.leave(conv, node, end):
            continue
        if leaving:
            if end >= 0 and name not in _VOID:
                conv.at = end
                conv.handle_endtag(name)
            if name in _LINE_ENDS:
                held.release(stack)
            if name in ("body", "html") and end >= 0:
                _text(conv, [p for p in late if name == "html" or p[0] < closers.get("html", -1)])
                late = [p for p in late if name == "body" and p[0] >= closers.get("html", -1)]
        elif node.name is None:
            pieces, node.pieces = node.pieces, []
            if body_end >= 0:
                late += [p for p in pieces if p[0] >= body_end]
                pieces = [p for p in pieces if p[0] < body_end]
            _text(conv, pieces)
        elif name in SKIP or (name.startswith("#") and name != "#document"):
            release(node)
        elif not held.enter(conv, node, stack):
            if name != "#document":
                conv.at = node.start
                conv.handle_starttag(name, list(node.attributes.items()))
                stack.append((node, True))
            _push_kids(node, stack)
    _text(conv, late)


def _push_kids(node: Node, stack: list[tuple[Node, bool]]) -> None:
    """The stack holds the kids now, and each is freed once written: the tree shrinks as
    the text grows (see release)."""
    kids, node.childNodes = node.childNodes, []
    stack.extend((kid, False) for kid in reversed(kids))


@dataclass(slots=True)
class _Held:
    """Screen-reader-only elements: those open on the walk's stack, and those met inside
    a line, which wait until the line ends to be written as a paragraph of their own."""

    open: set[int] = field(default_factory=set)
    waiting: list[Node] = field(default_factory=list)

    def enter(self, conv: Converter, node: Node, stack: list[tuple[Node, bool]]) -> bool:
        """Take the element if it is screen-reader text (with some text to it)."""
        if conv.hidden_start >= 0 or not is_hidden(node) or not has_text(node):
            return False
        if not conv.at_line_start():
            self.waiting.append(node)
            return True
        conv.at = node.start
        conv.open_hidden()
        stack.append((node, True))
        self.open.add(id(node))
        _push_kids(node, stack)
        return True

    def leave(self, conv: Converter, node: Node, end: int) -> bool:
        if id(node) not in self.open:
            return False
        self.open.discard(id(node))
        conv.at = end if end >= 0 else conv.at
        conv.close_hidden()
        return True

    def release(self, stack: list[tuple[Node, bool]]) -> None:
        """The line has ended: the waiting elements are walked next, in page order."""
        stack.extend((n, False) for n in reversed(self.waiting))
        self.waiting.clear()


def _text(conv: Converter, pieces: list[tuple[int, str]]) -> None:
    for at, text in _runs(pieces):
        conv.at = at
        conv.handle_data(text)


def _runs(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Pieces that follow each other in the input joined into one run of text."""
    out: list[tuple[int, list[str], int]] = []
    for at, text in pieces:
        if out and out[-1][2] == at:
            out[-1][1].append(text)
            out[-1] = (out[-1][0], out[-1][1], at + len(text))
        else:
            out.append((at, [text], at + len(text)))
    return [(at, "".join(texts)) for at, texts, _ in out]


def release(root: Node) -> None:
    """Take the tree apart once read. Its nodes point at their parents (and their
    classes at the builder that made them): one cycle, which the garbage collector
    frees only much later, after the later stages have grown the process by as much
    again (issue 15: memory in proportion to the text)."""
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.childNodes)
        node.childNodes = []
        node.parent = None
        node.pieces = []
