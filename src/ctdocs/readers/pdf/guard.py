"""A guard around pdfminer: a self-referring object must not hang ctdocs, nor a stream bomb.

pdfminer.six follows chains of indirect references with a loop,
``while isinstance(x, PDFObjRef): x = x.resolve()`` (in ``resolve1``,
``resolve_all`` and the ``*_value`` helpers). An object whose body is a
reference to itself — ``4 0 obj 4 0 R endobj``, or two objects pointing at each
other — makes that loop endless: a corrupt PDF of a few kilobytes hung the
parse in ``pdfplumber.open`` (found by ``fuzz/fuzz_pdf.py``).

:func:`guarded` is a context manager, entered by ctdocs only while it reads a
PDF. Inside it, ``PDFObjRef.resolve`` follows the whole chain itself and, on
a cycle, gives the caller's default (as pdfminer does for an object that is
missing); on a PDF without cycles it returns what the loop would have reached,
so callers see no difference.

With a :class:`~.limits.Budget` (``guarded(budget)``), ``PDFStream.decode`` is
replaced the same way: in a guarded thread it inflates under the budget
(:func:`.budgeted.bounded_decode`), so a stream that inflates to gigabytes is
refused after its budget, with no more than that in memory — wherever pdfminer
decodes it (content, object stream, font, CMap).

Why it is scoped: pdfminer calls ``resolve`` from many places, so the guard
has to replace the method on the class; but a user's own pdfminer code in the
same process must keep pdfminer's behaviour. So the method is replaced when
the first ctdocs read begins and the original put back when the last one
ends (a count under a lock, for parses in several threads), and while it is
replaced, the cycle check runs only for calls made by a thread that is inside
:func:`guarded` — any other thread gets the original method's answer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .limits import Budget

__all__ = ["guarded"]

_lock = threading.Lock()
_users = 0  # guarded() blocks open in the process, all threads together
_original: Any = None  # PDFObjRef.__dict__["resolve"] while the guard is installed
_original_decode: Any = None  # PDFStream.__dict__["decode"] likewise
_local = threading.local()  # .depth: guarded() blocks open in this thread


@contextmanager
def guarded(budget: Budget | None = None) -> Iterator[None]:
    """Make ``PDFObjRef.resolve`` cycle-safe (and decoding budgeted) in this thread."""
    global _users, _original, _original_decode
    from pdfminer.pdftypes import PDFObjRef, PDFStream

    with _lock:
        if _users == 0:
            _original = PDFObjRef.__dict__["resolve"]
            _original_decode = PDFStream.__dict__["decode"]
            PDFObjRef.resolve = _cycle_safe(_original)  # type: ignore[method-assign]
            PDFStream.decode = _budgeted(_original_decode)  # type: ignore[method-assign]
        _users += 1
    _local.depth = getattr(_local, "depth", 0) + 1
    outer = getattr(_local, "budget", None)
    _local.budget = budget
    try:
        yield
    finally:
        _local.depth -= 1
        _local.budget = outer
        with _lock:
            _users -= 1
            if _users == 0:
                PDFObjRef.resolve = _original  # type: ignore[method-assign]
                PDFStream.decode = _original_decode  # type: ignore[method-assign]
                _original = _original_decode = None


def _budgeted(original: Callable[..., None]) -> Callable[..., None]:
    """pdfminer's ``decode``, under the budget of the guarded thread calling it."""
    from .budgeted import bounded_decode

    def decode(self: Any) -> None:
        budget = getattr(_local, "budget", None) if getattr(_local, "depth", 0) else None
        if budget is None:
            original(self)  # a call from outside ctdocs, or a read with no budget
        else:
            bounded_decode(self, original, budget)

    return decode


def _cycle_safe(step: Callable[..., Any]) -> Callable[..., Any]:
    """``step`` (pdfminer's resolve), following the chain and ending a cycle, in guarded threads."""
    from pdfminer.pdftypes import PDFObjRef

    def resolve(self: PDFObjRef, default: object = None) -> Any:
        x = step(self, default)
        if not getattr(_local, "depth", 0):
            return x  # a call from outside ctdocs: pdfminer's own answer
        seen = {(id(self.doc), self.objid)}
        while isinstance(x, PDFObjRef):
            key = (id(x.doc), x.objid)
            if key in seen:  # a reference cycle: no object at the end of it
                return default
            seen.add(key)
            x = step(x, default)
        return x

    return resolve
