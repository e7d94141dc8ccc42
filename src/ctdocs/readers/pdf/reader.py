"""Opening a PDF: pdfplumber page by page, pdfminer guarded and budgeted, errors as PdfError.

Each page is built and read in turn under one :class:`~.limits.Budget` (pages
counted on the page tree first, :mod:`.pagetree`); a spent budget is a
:class:`~ctdocs.PdfResourceError` naming the page and the budget, never
"corrupt".
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from ..._errors import InputTooLargeError, PdfError, PdfResourceError
from .characters import _read_page
from .limits import Budget, PdfLimits, default_limits
from .page import _SPACES_RE, Page
from .pagetree import count_pages
from .records import PdfText, _assemble


def pdf_to_text(data: bytes, name: str, limits: PdfLimits | None = None) -> PdfText:
    """Read a PDF (bytes) into a :class:`PdfText`; raise :class:`PdfError` if it cannot.

    ``limits``: the budgets of the read (:class:`PdfLimits`; ``None``: the defaults,
    with ``CTDOCS_PDF_LIMITS`` applied).
    """
    limits = limits if limits is not None else default_limits()
    if limits.isolate:
        from .isolate import read_isolated

        return read_isolated(data, name, limits, read_pdf)
    return read_pdf(data, name, limits)


def read_pdf(data: bytes, name: str, limits: PdfLimits) -> PdfText:
    """:func:`pdf_to_text` in this process, under ``limits``' counted budgets."""
    try:
        import pdfplumber  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:  # pragma: no cover - pdfplumber is a dependency
        raise PdfError(f"{name}: reading PDF needs pdfplumber (pip install pdfplumber)") from exc
    from .guard import guarded
    from .quiet import quiet_pdfminer

    budget = Budget(limits, name)
    # no self-reference may hang pdfminer, no stream inflate unbounded; its log lines
    # stay inside ctdocs
    with guarded(budget), quiet_pdfminer():
        try:
            return _read_pdf(pdfplumber, data, name, budget)
        except RecursionError:
            raise _too_deep(name, budget) from None


def _too_deep(name: str, budget: Budget | None) -> PdfResourceError:
    """Objects nested past Python's recursion limit: too deep, not corrupt."""
    page = budget.page if budget is not None else 0
    where = f"page {page}" if page else "the document structure"
    return PdfResourceError(
        f"{name}: {where}: the PDF nests objects (arrays, dictionaries) deeper than ctdocs "
        "can follow; the file is not corrupt but too deep to read (flatten it, e.g. "
        "qpdf --object-streams=disable, or print it to a new PDF)",
        page=page,
        budget="nesting",
    )


def _read_pdf(pdfplumber: Any, data: bytes, name: str, budget: Budget) -> PdfText:
    """:func:`read_pdf` once pdfplumber is imported and pdfminer guarded."""
    from .budgeted import page_layout

    pages: list[Page] = []
    images = 0
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _error(name, exc, budget) from None
    try:  # not `with pdf`: its close() builds every page (to close them) all over
        limit = budget.limits.max_pages()
        _check_pages(name, count_pages(pdf.doc, limit, data), limit)
        base = 0
        hint: tuple[float, float] | None = None
        for page in _pages(pdfplumber, pdf, budget):
            try:
                page_layout(page, budget)
                p, base, imgs, hint = _read_page(page, len(pages) + 1, base, hint)
            finally:
                page.close()
            if budget.exceeded is not None:  # spent inside a pdfminer try/except
                raise budget.exceeded
            images += imgs
            pages.append(p)
    except (PdfError, InputTooLargeError):
        raise
    except Exception as exc:
        raise _error(name, exc, budget) from None
    finally:
        pdf.stream.close()
    if not pages:
        raise PdfError(f"{name}: the PDF has no pages; it is corrupt or truncated — check the file")
    if not any(p.lines for p in pages):
        what = "scanned pages (images only)" if images else "no text on any page"
        raise PdfError(
            f"{name}: the PDF has no text layer ({what}, {len(pages)} page(s)); "
            "it needs OCR first (e.g. ocrmypdf), then parse the OCR'd copy"
        )
    return _assemble(pages)


def _check_pages(name: str, count: int, limit: int) -> None:
    """Refuse a PDF of more than ``limit`` pages (``count``: as far as it was counted)."""
    if count > limit:
        least = "at least " if count == limit + 1 else ""
        raise InputTooLargeError(
            f"{name}: {least}{count:,} pages is over the limit of {limit:,} "
            "pages; split the PDF (e.g. qpdf --split-pages) or raise the limit "
            "(CTDOCS_MAX_PAGES, PdfLimits(pages=...))"
        )


def _pages(pdfplumber: Any, pdf: Any, budget: Budget) -> Iterator[Any]:
    """pdfplumber's pages built one at a time (``pdf.pages`` builds them all first)."""
    from pdfminer.pdfpage import PDFPage

    doctop = 0.0
    limit = budget.limits.max_pages()
    for k, obj in enumerate(PDFPage.create_pages(pdf.doc)):
        _check_pages(budget.name, k + 1, limit)
        budget.start_page(k + 1)
        page = pdfplumber.page.Page(pdf, obj, page_number=k + 1, initial_doctop=doctop)
        doctop += page.height
        yield page


def _error(name: str, exc: BaseException, budget: Budget | None = None) -> PdfError:
    """What went wrong, said as such: a spent budget, too deep, encrypted, or corrupt."""
    if budget is not None and budget.exceeded is not None:
        return budget.exceeded
    chain: list[BaseException] = [exc]
    while chain[-1].args and isinstance(chain[-1].args[0], BaseException) and len(chain) < 5:
        chain.append(chain[-1].args[0])
    for e in (exc.__cause__, exc.__context__):
        if isinstance(e, BaseException):
            chain.append(e)
    names = " ".join(type(e).__name__ for e in chain)
    detail = next((str(e) for e in reversed(chain) if str(e)), type(exc).__name__)
    low = detail.lower()
    if "Encrypt" in names or "Password" in names or "encrypt" in low or "password" in low:
        return PdfError(
            f"{name}: the PDF is encrypted (password-protected), so its text cannot be read; "
            "give ctdocs a decrypted copy (e.g. qpdf --decrypt --password=PW in.pdf out.pdf)"
        )
    if "RecursionError" in names:
        return _too_deep(name, budget)
    if "MemoryError" in names or "unable to allocate" in low:  # only under RLIMIT_AS, as a rule
        limit = budget.limits.memory if budget is not None else 0
        return PdfResourceError(
            f"{name}: reading the PDF needed more than its memory budget of {limit >> 20:,} "
            "MiB; this is a budget, not a corrupt file: raise it if the PDF is trusted "
            "(PdfLimits(memory=...), ctdocs parse --pdf-limit memory=N)",
            page=budget.page if budget is not None else 0,
            budget="memory",
            limit=limit,
        )
    if "PdfResourceError" in names:
        return next(e for e in chain if isinstance(e, PdfResourceError))
    detail = _SPACES_RE.sub(" ", detail)[:160]
    return PdfError(
        f"{name}: the PDF is corrupt or truncated and cannot be read ({detail}); "
        "check the file or export it again"
    )
