"""An HTML5 tree whose nodes remember where they stand in the input.

The tree is built by html5lib, an implementation of the WHATWG parsing
algorithm (tokenizer and tree construction, tested against the html5lib-tests
suite that browsers share). html5lib gives no source positions, so this module
adds them without changing the algorithm:

* the input stream counts the characters of the chunks it has handed out, so
  that the tokenizer's position is an offset into the input;
* every token is stamped with the span it was read from, and the tree builder
  stamps what it creates from it: an element its start tag's offset, a run of
  text the offset of its characters, and an element taken off the stack of
  open elements (by its end tag, or implied by a later tag) the offset of the
  token that closed it.

Why positions and not a second pass that looks the text up again: the tree
moves text (foster parenting out of tables, ``<pre>``'s first newline,
references such as ``&amp;``), and a lookup would mis-anchor exactly there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from html5lib import _inputstream as inputstream  # type: ignore[import-untyped]
from html5lib import _tokenizer as tokenizer
from html5lib import html5parser
from html5lib.constants import namespaces  # type: ignore[import-untyped]
from html5lib.treebuilders import base  # type: ignore[import-untyped]

__all__ = ["Node", "parse"]

_HTML_NS = namespaces["html"]
_CHARS = frozenset(("Characters", "SpaceCharacters"))
_TYPES = {v: k for k, v in html5parser.tokenTypes.items()}


class _Reader:
    """``read(n)`` over the page itself: html5lib's own StringIO would copy it, four
    bytes a character (a page is read whole; memory in proportion to it counts)."""

    __slots__ = ("pos", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def read(self, size: int | None = -1) -> str:
        a = self.pos
        b = len(self.text) if size is None or size < 0 else min(a + size, len(self.text))
        self.pos = b
        return self.text[a:b]


class _Stream(inputstream.HTMLUnicodeInputStream):  # type: ignore[misc]
    """The unicode stream, plus the input offset of the current chunk's start."""

    def openStream(self, source: str) -> _Reader:
        return _Reader(source)

    def reset(self) -> None:
        super().reset()
        self.base = 0

    def readChunk(self, chunkSize: int | None = None) -> bool:
        self.base += self.chunkSize
        return bool(super().readChunk(chunkSize))

    def unget(self, char: str | None) -> None:
        if char is not None and self.chunkOffset == 0:
            self.base -= 1  # html5lib prepends the character to the chunk
        super().unget(char)

    def offset(self) -> int:
        return int(self.base + self.chunkOffset)


class _Attrs(list[list[str]]):
    """A start tag's attributes. ``attrs[:-1]`` is how html5lib looks for a duplicate
    of the newest attribute, once per attribute (quadratic in ``<a b b b …>``); the
    finding would only be a parse error, which is not used here, so that look is
    skipped."""

    def __getitem__(self, index: Any) -> Any:
        if index == slice(None, -1, None):
            return ()
        return super().__getitem__(index)


class _Tokenizer(tokenizer.HTMLTokenizer):  # type: ignore[misc]
    """The WHATWG tokenizer; before each token goes to tree construction the tree
    builder is told the span it was read from."""

    def __init__(self, stream: str, parser: Any = None) -> None:
        super().__init__("", parser=parser)  # html5lib's own stream, unused: empty
        self.stream = _Stream(stream)

    def beforeAttributeNameState(self) -> bool:
        token = self.currentToken
        if type(token.get("data")) is list:
            token["data"] = _Attrs(token["data"])
        return bool(super().beforeAttributeNameState())

    def __iter__(self) -> Iterator[dict[str, Any]]:
        tree: _Builder = self.parser.tree
        done = 0  # where the previous token ended
        for token in super().__iter__():
            kind = _TYPES.get(token["type"])
            if kind == "ParseError":
                yield token
                continue
            stop = self.stream.offset()
            chars = kind in _CHARS
            if chars and self.tokenQueue:  # more tokens were read in the same step
                stop = min(stop, done + len(token["data"]))
            tree.start, tree.stop = done, stop
            tree.data = token["data"] if chars else ""
            if kind == "EndTag" and token["name"] in ("body", "html"):
                tree.closers.setdefault(token["name"], done)  # html5lib keeps them open
            if chars:
                if len(tree.recent) > 256:
                    tree.recent.clear()
                tree.recent[id(token["data"])] = (token["data"], done)
            yield token
            done = stop
        tree.start = tree.stop = done


# shared and read-only: a node that was given none of these and then got one would fail
# loudly rather than share it with every other node
_NO_ATTRIBUTES: MappingProxyType[str, str] = MappingProxyType({})
_NO_CHILDREN: tuple[()] = ()
_NO_PIECES: tuple[()] = ()


class Node(base.Node):  # type: ignore[misc]
    """An element, a text run or the document; ``start``/``end`` are input offsets.

    A text node's ``value`` is its text; ``pieces`` holds ``(offset, text)`` for
    each run of characters it was made of, so that each keeps its own offset.
    """

    def __init__(self, name: str | None = "#document", namespace: str | None = None) -> None:
        # base.Node's fields, less its flags list (which the parser never reads), and
        # no empty containers a node never fills: a text node (``name`` None) takes
        # no attributes nor children, an element no pieces. A page is tens of
        # thousands of nodes, and the tree is a parse's largest structure (issue 15).
        self.name = name
        self.parent: Node | None = None
        self.value: str | None = None
        self.namespace = namespace
        self.start = 0
        self.end = -1  # -1: never closed (the input ended inside it)
        if name is None:
            self.attributes: Any = _NO_ATTRIBUTES
            self.childNodes: list[Node] = _NO_CHILDREN  # type: ignore[assignment]
            self.pieces: list[tuple[int, str]] = []
        else:
            self.attributes = {}
            self.childNodes = []
            self.pieces = _NO_PIECES  # type: ignore[assignment]

    @property
    def nameTuple(self) -> tuple[str | None, str | None]:
        return (self.namespace or _HTML_NS, self.name)

    def appendChild(self, node: Node) -> None:
        node.parent = self
        self.childNodes.append(node)

    builder: _Builder  # set on the per-parse subclass (see _Builder)

    def insertText(self, data: str, insertBefore: Node | None = None) -> None:
        at = self.builder.text_offset(data)
        kids = self.childNodes
        k = len(kids) if insertBefore is None else kids.index(insertBefore)
        if k and kids[k - 1].name is None:
            kids[k - 1].pieces.append((at, data))
            return
        text = type(self)(None)
        text.pieces.append((at, data))
        text.parent = self
        kids.insert(k, text)

    def insertBefore(self, node: Node, refNode: Node) -> None:
        node.parent = self
        self.childNodes.insert(self.childNodes.index(refNode), node)

    def removeChild(self, node: Node) -> None:
        self.childNodes.remove(node)
        node.parent = None

    def reparentChildren(self, newParent: Node) -> None:
        for child in self.childNodes:
            newParent.appendChild(child)
        self.childNodes = []

    def cloneNode(self) -> Node:
        clone = type(self)(self.name, self.namespace)
        clone.attributes = dict(self.attributes)
        clone.start = self.builder.start
        return clone

    def hasContent(self) -> bool:
        return bool(self.childNodes)


class _Comment(Node):
    def __init__(self, data: str) -> None:
        super().__init__("#comment")
        self.value = data


class _Doctype(Node):
    def __init__(self, name: str, publicId: str | None, systemId: str | None) -> None:
        super().__init__("#doctype")


class _Open(list[Node]):
    """The stack of open elements: an element leaving it is stamped with its end.

    It also counts the names on it, so that "is a <p> in scope?" is answered at
    once when there is none (html5lib walks the whole stack: quadratic in the
    depth of ``<div><div><div>…``).
    """

    def __init__(self, builder: _Builder) -> None:
        super().__init__()
        self.builder = builder
        self.names: Counter[str | None] = Counter()

    def append(self, node: Node) -> None:
        super().append(node)
        self.names[node.name] += 1

    def insert(self, index: Any, node: Node) -> None:
        super().insert(index, node)
        self.names[node.name] += 1

    def pop(self, index: Any = -1) -> Node:
        node = super().pop(index)
        self._left(node)
        return node

    def remove(self, node: Node) -> None:
        super().remove(node)
        self._left(node)

    def _left(self, node: Node) -> None:
        self.names[node.name] -= 1
        if node.end < 0:
            node.end = self.builder.start


class _Builder(base.TreeBuilder):  # type: ignore[misc]
    """html5lib's tree builder with offsets; its node classes know this builder.

    The classes are made per parse (cheap) so that parses in threads do not share
    state.
    """

    def __init__(self, source: str) -> None:
        node = type("Node", (Node,), {"builder": self})
        self.documentClass = self.elementClass = self.fragmentClass = node
        self.commentClass = type("Comment", (_Comment, node), {})
        self.doctypeClass = type("Doctype", (_Doctype, node), {})
        self.closers: dict[str, int] = {}  # first end tag of body and html: its offset
        self.source = source
        self.start = 0  # the span of the token being processed
        self.stop = 0
        self.data = ""  # its characters, for a character token
        self.recent: dict[int, tuple[str, int]] = {}  # id(characters) -> (them, offset)
        super().__init__(namespaceHTMLElements=False)

    def reset(self) -> None:
        super().reset()
        self.openElements = _Open(self)

    def elementInScope(self, target: Any, variant: str | None = None) -> bool:
        name = target if isinstance(target, str) else None
        if isinstance(target, tuple):
            name = target[1]
        if name is not None and not self.openElements.names[name]:
            return False  # the walk would end at a scope boundary without a match
        return bool(super().elementInScope(target, variant))

    def createElement(self, token: dict[str, Any]) -> Node:
        node: Node = super().createElement(token)
        node.start = self.start
        return node

    def insertElementNormal(self, token: dict[str, Any]) -> Node:
        node: Node = super().insertElementNormal(token)
        node.start = self.start
        return node

    def insertElementTable(self, token: dict[str, Any]) -> Node:
        node: Node = super().insertElementTable(token)
        node.start = self.start
        return node

    def text_offset(self, data: str) -> int:
        """Where ``data``, about to be inserted, was read.

        Most often it is the current character token or its end (``<pre>`` drops
        a first newline); text held back by a table comes from an earlier token
        (remembered by identity) or, for white space joined from several, ends
        where the current token begins.
        """
        if data is self.data or (self.data.endswith(data) and self._plain()):
            return self.stop - len(data) if self._plain() else self.start
        seen = self.recent.get(id(data))
        if seen is not None and seen[0] is data:
            return seen[1]
        if self.source.endswith(data, 0, self.start):
            return self.start - len(data)
        return self.start

    def _plain(self) -> bool:
        return self.stop - self.start == len(self.data)

    def getDocument(self) -> Node:
        return self.document  # type: ignore[no-any-return]

    def testSerializer(self, node: Node) -> str:
        return repr(node)


class _Parser(html5parser.HTMLParser):  # type: ignore[misc]
    def parseError(self, errorcode: str = "", datavars: Any = None) -> None:
        """Parse errors are not used; html5lib would count lines for each one."""

    def _parse(
        self,
        stream: str,
        innerHTML: bool = False,
        container: str = "div",
        scripting: bool = False,
        **kwargs: Any,
    ) -> None:
        self.innerHTMLMode = innerHTML
        self.container = container
        self.scripting = scripting
        self.tokenizer = _Tokenizer(stream, parser=self)
        self.reset()
        self.mainLoop()


def parse(source: str) -> tuple[Node, dict[str, int]]:
    """The document tree of ``source``, every node stamped with its input offsets.

    Also the offsets of the first ``</body>`` and ``</html>``: the algorithm never
    takes those two elements off the stack, so their nodes keep ``end == -1``.
    """
    builder = _Builder(source)
    parser = _Parser(tree=lambda namespaceHTMLElements: builder)
    doc: Node = parser.parse(source)
    # The parser, its tokenizer and the builder hold each other: garbage the collector
    # may free only much later. The input stream (a copy of the page, four bytes a
    # character) and the builder's copy go now, with the last reference to them. The
    # tokenizer and the stream each hold themselves too (bound methods among their
    # attributes): emptied, not only dropped.
    parser.tokenizer.stream.__dict__.clear()
    parser.tokenizer.__dict__.clear()
    del parser.tokenizer
    builder.source = builder.data = ""
    builder.recent = {}
    return doc, builder.closers
