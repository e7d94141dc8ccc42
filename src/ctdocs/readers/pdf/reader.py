"""Opening a PDF: pdfplumber page by page, pdfminer guarded, errors as :class:`PdfError`."""

from __future__ import annotations

import io
from typing import Any

from ..._errors import InputTooLargeError, PdfError
from ..._source import max_pages
from .characters import _read_page
from .page import _SPACES_RE, Page
from .records import PdfText, _assemble


def pdf_to_text(data: bytes, name: str) -> PdfText:
    """Read a PDF (bytes) into a :class:`PdfText`; raise :class:`PdfError` if it cannot."""
    try:
        import pdfplumber  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:  # pragma: no cover - pdfplumber is a dependency
        raise PdfError(f"{name}: reading PDF needs pdfplumber (pip install pdfplumber)") from exc
    from .guard import guarded
    from .quiet import quiet_pdfminer

    # a self-referencing object must not hang pdfminer; its log lines stay inside ctdocs
    with guarded(), quiet_pdfminer():
        return _read_pdf(pdfplumber, data, name)


def _read_pdf(pdfplumber: Any, data: bytes, name: str) -> PdfText:
    """:func:`pdf_to_text` once pdfplumber is imported and pdfminer guarded."""
    pages: list[Page] = []
    images = 0
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _error(name, exc) from None
    try:
        with pdf:
            if len(pdf.pages) > max_pages():
                raise InputTooLargeError(
                    f"{name}: {len(pdf.pages):,} pages is over the limit of {max_pages():,} "
                    "pages; split the PDF (e.g. qpdf --split-pages) or raise the limit "
                    "(CTDOCS_MAX_PAGES)"
                )
            base = 0
            hint: tuple[float, float] | None = None
            for page in pdf.pages:
                try:
                    p, base, imgs, hint = _read_page(page, len(pages) + 1, base, hint)
                finally:
                    page.close()
                images += imgs
                pages.append(p)
    except (PdfError, InputTooLargeError):
        raise
    except Exception as exc:
        raise _error(name, exc) from None
    if not pages:
        raise PdfError(f"{name}: the PDF has no pages; it is corrupt or truncated — check the file")
    if not any(p.lines for p in pages):
        what = "scanned pages (images only)" if images else "no text on any page"
        raise PdfError(
            f"{name}: the PDF has no text layer ({what}, {len(pages)} page(s)); "
            "it needs OCR first (e.g. ocrmypdf), then parse the OCR'd copy"
        )
    return _assemble(pages)


def _error(name: str, exc: BaseException) -> PdfError:
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
    detail = _SPACES_RE.sub(" ", detail)[:160]
    return PdfError(
        f"{name}: the PDF is corrupt or truncated and cannot be read ({detail}); "
        "check the file or export it again"
    )
