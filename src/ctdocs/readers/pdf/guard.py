"""A guard around pdfminer: a PDF object that refers to itself must not hang ctdocs.

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
from typing import Any

__all__ = ["guarded"]

_lock = threading.Lock()
_users = 0  # guarded() blocks open in the process, all threads together
_original: Any = None  # PDFObjRef.__dict__["resolve"] while the guard is installed
_local = threading.local()  # .depth: guarded() blocks open in this thread


@contextmanager
def guarded() -> Iterator[None]:
    """Make ``PDFObjRef.resolve`` cycle-safe for this thread, for the ``with`` block."""
    global _users, _original
    from pdfminer.pdftypes import PDFObjRef

    with _lock:
        if _users == 0:
            _original = PDFObjRef.__dict__["resolve"]
            PDFObjRef.resolve = _cycle_safe(_original)  # type: ignore[method-assign]
        _users += 1
    _local.depth = getattr(_local, "depth", 0) + 1
    try:
        yield
    finally:
        _local.depth -= 1
        with _lock:
            _users -= 1
            if _users == 0:
                PDFObjRef.resolve = _original  # type: ignore[method-assign]
                _original = None


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
