"""pdfminer's page interpreter, made to spend a :class:`~.limits.Budget` as it runs.

pdfplumber builds a page's layout with a plain ``PDFPageInterpreter``, which
runs whatever the content stream asks: a million operators, a glyph string of
a megabyte, forms that draw forms ten times at every level, graphics states
saved without end. :func:`page_layout` builds the same layout (same device,
same parameters) with :class:`BudgetInterpreter`, a subclass that counts each
of these against the budget before doing the work, so that a hostile page stops
with a :class:`~ctdocs.PdfResourceError` instead of running for minutes and
filling memory.

The subclass changes no result: its loop dispatches operators exactly as
pdfminer's does (operands pushed, each ``do_*`` handler given as many operands
as it takes, unknown operators ignored, a content stream that is its own
ancestor skipped); it only counts, and pops operands in place (pdfminer's
``pop`` copies the whole operand stack on every operator: quadratic on a page
that leaves operands behind). Inline image data is read by the same rule as
pdfminer's (``EI`` followed by white space) but in linear time: pdfminer grows
the data one ``bytes`` concatenation at a time.

The streams themselves are inflated under the same budget by
:func:`bounded_decode` (installed by :mod:`.guard` while ctdocs reads).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Sequence
from typing import Any

from pdfminer import settings
from pdfminer.pdfinterp import PDFContentParser, PDFPageInterpreter, PDFStackT
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, stream_value
from pdfminer.psexceptions import PSEOF
from pdfminer.psparser import PSKeyword, keyword_name

from .limits import Budget

__all__ = ["BudgetInterpreter", "bounded_decode", "page_layout"]

_EOL_END_RE = re.compile(rb"(\x0d\x0a|[\x0d\x0a])$")
_CHUNK = 1 << 20  # inflate a megabyte at a time


def page_layout(page: Any, budget: Budget) -> Any:
    """pdfplumber's ``page.layout``, built by a budgeted interpreter (and cached on the page)."""
    from pdfplumber.page import PDFPageAggregatorWithMarkedContent

    device = PDFPageAggregatorWithMarkedContent(
        page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams
    )
    BudgetInterpreter(page.pdf.rsrcmgr, device, budget).process_page(page.page_obj)
    budget.flush()
    page._layout = device.get_result()
    return page._layout


class BudgetInterpreter(PDFPageInterpreter):
    """A ``PDFPageInterpreter`` that spends ``budget`` on every operator, glyph and form."""

    def __init__(self, rsrcmgr: Any, device: Any, budget: Budget, depth: int = 0) -> None:
        super().__init__(rsrcmgr, device)
        self.budget = budget
        self.depth = depth  # forms drawn inside forms above this interpreter

    def dup(self) -> BudgetInterpreter:
        return BudgetInterpreter(self.rsrcmgr, self.device, self.budget, self.depth)

    def subinterp(self) -> BudgetInterpreter:
        """The interpreter of a form drawn from this one: one level deeper, one more form."""
        interp = super().subinterp()
        assert isinstance(interp, BudgetInterpreter)
        interp.depth = self.depth + 1
        self.budget.depth("form_depth", interp.depth)
        self.budget.add("forms", 1)
        return interp

    def pop(self, n: int) -> list[PDFStackT]:
        if n <= 0:
            return []
        args: list[PDFStackT] = self.argstack[-n:]
        del self.argstack[-n:]
        return args

    def do_q(self) -> None:
        super().do_q()
        self.budget.depth("state_depth", len(self.gstack))

    def do_TJ(self, seq: PDFStackT) -> None:
        font = self.textstate.font
        if font is not None and isinstance(seq, list):
            n = 0
            for s in seq:
                if isinstance(s, bytes):
                    n += len(s) if len(s) > 65536 else sum(1 for _ in font.decode(s))
            self.budget.add("characters", n)
        super().do_TJ(seq)

    def do_EI(self, obj: PDFStackT) -> None:
        self.budget.add("inline_images", 1)
        super().do_EI(obj)

    def execute(self, streams: Sequence[object]) -> None:
        """Run the content streams: pdfminer's dispatch, each operator counted first."""
        runnable = self._runnable(streams)
        try:
            parser = _ContentParser(runnable, self.budget)
        except PSEOF:  # no content at all
            return
        budget = self.budget
        handlers = _handlers(type(self))
        operands = self.budget.limits.operators_per_page
        while True:
            try:
                _, obj = parser.nextobject()
            except PSEOF:
                break
            if not isinstance(obj, PSKeyword):
                self.push(obj)
                if len(self.argstack) > operands:
                    raise budget.fail(
                        f"over {operands:,} operands wait on the stack with no "
                        "operator to take them",
                        "operators_per_page",
                        operands,
                    )
                continue
            budget.operator()
            found = handlers.get(obj)
            if found is None:
                found = handlers[obj] = _handler(type(self), obj)
            method, nargs = found
            if method is None:
                if settings.STRICT:
                    from pdfminer.pdfinterp import PDFInterpreterError

                    raise PDFInterpreterError(f"Unknown operator: {keyword_name(obj)!r}")
                continue
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    method(self, *args)
            else:
                method(self)

    def _runnable(self, streams: Sequence[object]) -> list[PDFStream]:
        """The streams to run: each has an object id and is not its own ancestor (a form loop)."""
        self.stream_ids.clear()
        out: list[PDFStream] = []
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                continue
            out.append(stream)
            self.stream_ids.add(stream.objid)
        return out


_Handler = tuple[Callable[..., None] | None, int]
_HANDLERS: dict[type, dict[object, _Handler]] = {}


def _handlers(cls: type) -> dict[object, _Handler]:
    return _HANDLERS.setdefault(cls, {})


def _handler(cls: type, keyword: PSKeyword) -> _Handler:
    """The ``do_*`` method an operator runs and how many operands it takes (pdfminer's names)."""
    name = keyword_name(keyword)
    if not isinstance(name, str):
        name = str(name)
    method = getattr(
        cls, "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q"), None
    )
    if method is None:
        return None, 0
    return method, method.__code__.co_argcount - 1


class _ContentParser(PDFContentParser):
    """pdfminer's content parser with inline image data read in linear time, under budget."""

    def __init__(self, streams: Sequence[object], budget: Budget) -> None:
        super().__init__(streams)
        self.budget = budget

    def get_inline_data(self, pos: int, target: bytes = b"EI") -> tuple[int, bytes]:
        """The data up to ``target`` followed by one white space, as pdfminer reads it."""
        self.seek(pos)
        data = bytearray()
        room = self.budget.room("stream_bytes")
        i = 0
        while i <= len(target):
            self.fillbuf()
            if i:
                c = self.buf[self.charpos]
                data.append(c)
                self.charpos += 1
                if (i >= len(target) and bytes((c,)).isspace()) or (
                    i < len(target) and c == target[i]
                ):
                    i += 1
                else:
                    i = 0
                continue
            j = self.buf.find(target[0], self.charpos)
            if j < 0:
                data += self.buf[self.charpos :]
                self.charpos = len(self.buf)
            else:
                data += self.buf[self.charpos : j + 1]
                self.charpos = j + 1
                i = 1
            if len(data) > room:
                raise self.budget.fail(
                    f"an inline image's data runs past the {room:,} bytes left in the "
                    "stream budget",
                    "stream_bytes_per_page",
                    room,
                )
        del data[-(len(target) + 1) :]
        return pos, _EOL_END_RE.sub(b"", bytes(data))


def bounded_decode(
    stream: PDFStream, original: Callable[[PDFStream], None], budget: Budget
) -> None:
    """Decode ``stream`` as pdfminer would, never inflating past the stream-bytes budget.

    A stream whose filters are all ``FlateDecode`` (the common case) is inflated
    here a megabyte at a time and refused as soon as it passes what is left of
    the budget; otherwise a leading ``FlateDecode`` is measured that way first,
    then pdfminer decodes. On a zlib error pdfminer's own recovery runs (it can
    give no more than was measured).
    """
    room = budget.room("stream_bytes")
    try:
        filters = stream.get_filters()
    except Exception:
        filters = []
    flate = [f in LITERALS_FLATE_DECODE for f, _ in filters]
    if filters and flate[0]:
        data = stream.rawdata or b""
        if stream.decipher and stream.objid is not None and stream.genno is not None:
            data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
        plain = all(flate) and not any(p and "Predictor" in p for _, p in filters)
        for _ in filters if plain else filters[:1]:
            out = _inflate(data, room)
            if out is None:
                raise budget.fail(
                    f"a stream inflates past the {room:,} bytes left in the budget of "
                    "decoded stream bytes",
                    _stream_budget(budget),
                    room,
                )
            if not isinstance(out, bytes):  # a zlib error: pdfminer's recovery decides
                plain = False
                break
            data = out
        if plain:
            stream.data, stream.rawdata = data, None
            budget.add("stream_bytes", len(data))
            return
    original(stream)
    budget.add("stream_bytes", len(stream.data or b""))


def _stream_budget(budget: Budget) -> str:
    """The stream budget that is the tighter one now (the page's or the document's)."""
    if not budget.page:
        return "stream_bytes"
    page_left = budget.limits.stream_bytes_per_page - budget.here["stream_bytes"]
    doc_left = budget.limits.stream_bytes - budget.doc["stream_bytes"]
    return "stream_bytes_per_page" if page_left <= doc_left else "stream_bytes"


def _inflate(data: bytes, room: int) -> bytes | zlib.error | None:
    """``data`` inflated; None if it holds more than ``room`` bytes; the error if corrupt."""
    d = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    rest = data
    try:
        while True:
            chunk = d.decompress(rest, _CHUNK)
            size += len(chunk)
            if size > room:
                return None
            parts.append(chunk)
            rest = d.unconsumed_tail
            if d.eof or (not rest and len(chunk) < _CHUNK):
                break
    except zlib.error as exc:
        return exc
    if not d.eof:  # truncated: zlib.decompress fails (bytes after the end it ignores)
        return zlib.error("incomplete or truncated stream")
    return b"".join(parts)
