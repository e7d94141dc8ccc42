"""A guard around pdfminer: a PDF object that refers to itself must not hang ctdocs.

pdfminer.six follows chains of indirect references with a loop,
``while isinstance(x, PDFObjRef): x = x.resolve()`` (in ``resolve1``,
``resolve_all`` and the ``*_value`` helpers). An object whose body is a
reference to itself — ``4 0 obj 4 0 R endobj``, or two objects pointing at each
other — makes that loop endless: a corrupt PDF of a few kilobytes hung the
parse in ``pdfplumber.open`` (found by ``fuzz/fuzz_pdf.py``).

:func:`install` wraps ``PDFObjRef.resolve``, once per process, so that it
follows the whole chain itself and, on a cycle, gives the caller's default (as
pdfminer does for an object that is missing). On a PDF without cycles it
returns what the loop would have reached, so callers see no difference. The
wrapper is process-wide because pdfminer calls it from many places; it only
ever ends a loop that would not have ended.
"""

from __future__ import annotations

from typing import Any

__all__ = ["install"]

_installed = False


def install() -> None:
    """Make ``PDFObjRef.resolve`` cycle-safe (idempotent)."""
    global _installed
    if _installed:
        return
    from pdfminer.pdftypes import PDFObjRef

    step = PDFObjRef.resolve

    def resolve(self: PDFObjRef, default: object = None) -> Any:
        x = step(self, default)
        seen = {(id(self.doc), self.objid)}
        while isinstance(x, PDFObjRef):
            key = (id(x.doc), x.objid)
            if key in seen:  # a reference cycle: no object at the end of it
                return default
            seen.add(key)
            x = step(x, default)
        return x

    PDFObjRef.resolve = resolve  # type: ignore[method-assign]
    _installed = True
