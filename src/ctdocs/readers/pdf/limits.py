"""What one PDF may cost: :class:`PdfLimits`, and the :class:`Budget` that spends it.

A PDF is a program: a few kilobytes can ask for a million glyphs, a stream that
inflates to gigabytes, forms that draw forms ten times over at every level, or
a hundred thousand pages. Every such cost is counted here, per page and for the
whole document, while pdfminer works, and the first budget spent ends the read
with a :class:`~ctdocs.PdfResourceError` naming the page and the budget — long
before time or memory run out. The defaults sit far above any real document
(a dense page of small type holds about 10,000 glyphs and a few tens of
thousands of operators; the budgets are ten to a hundred times that), so they
only stop files built to hurt.

:class:`PdfLimits` is the user's value (``parse_document(..., pdf_limits=...)``,
``ctdocs parse --pdf-limit NAME=N``); :class:`Budget` is the counter one read
spends, shared by the page's interpreter, the forms it draws and the stream
decoder (:mod:`.budgeted`).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, fields, replace

from ..._errors import InputError, PdfResourceError
from .._source import max_pages

__all__ = ["ENV", "Budget", "PdfLimits", "default_limits"]

ENV = "CTDOCS_PDF_LIMITS"
"""Environment variable of default budgets, ``NAME=N,NAME=N`` (set by ``--pdf-limit``)."""

_MIB = 1 << 20


@dataclass(frozen=True, slots=True)
class PdfLimits:
    """Budgets for one PDF; ``*_per_page`` for each page, the others for the whole file.

    ``pages``: most pages read (``None``: ``CTDOCS_MAX_PAGES``, 10,000), counted on
    the page tree before any page is built. ``operators``: content-stream
    operators run (forms' included). ``characters``: glyphs shown. ``stream_bytes``:
    bytes of decoded (inflated) streams; an inflating stream stops at the budget,
    so memory never holds more. ``form_depth``: forms drawn inside forms;
    ``forms``: form invocations (fan-out). ``state_depth``: graphics states saved
    (``q``) and not yet restored. ``inline_images``: ``BI … EI`` images.
    ``seconds``: wall-clock time of the read.

    ``isolate=True`` reads the PDF in a child process held to ``memory`` bytes of
    address space, ``seconds`` of CPU and of wall-clock time: the bound for any
    cost these counters cannot see (pdfminer's own parsing of the file), at the
    price of one process per PDF.
    """

    pages: int | None = None
    operators_per_page: int = 1_000_000
    operators: int = 50_000_000
    characters_per_page: int = 200_000
    characters: int = 20_000_000
    stream_bytes_per_page: int = 64 * _MIB
    stream_bytes: int = 512 * _MIB
    form_depth: int = 12
    forms_per_page: int = 10_000
    forms: int = 1_000_000
    state_depth: int = 1_000
    inline_images_per_page: int = 10_000
    inline_images: int = 200_000
    seconds_per_page: float = 10.0
    seconds: float = 900.0
    isolate: bool = False
    memory: int = 2048 * _MIB

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "isolate" or value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                raise InputError(f"PdfLimits.{f.name} must be a positive number, not {value!r}")

    def max_pages(self) -> int:
        """The page budget: ``pages``, or the process-wide ``CTDOCS_MAX_PAGES``."""
        return self.pages if self.pages is not None else max_pages()

    def with_options(self, options: list[str]) -> PdfLimits:
        """These limits with ``NAME=VALUE`` options applied (the CLI's ``--pdf-limit``)."""
        names = {f.name: f for f in fields(self)}
        changes: dict[str, object] = {}
        for option in options:
            key, sep, text = option.partition("=")
            key = key.strip().replace("-", "_")
            if not sep or key not in names:
                known = ", ".join(sorted(names))
                raise InputError(
                    f"--pdf-limit takes NAME=VALUE with NAME one of {known}; not {option!r}"
                )
            changes[key] = _value(key, text.strip(), getattr(self, key))
        return replace(self, **changes)  # type: ignore[arg-type]


def default_limits() -> PdfLimits:
    """The budgets of a read given none: the defaults, with ``CTDOCS_PDF_LIMITS`` applied.

    The variable carries ``ctdocs parse --pdf-limit`` to the worker processes of
    a corpus run (they inherit the environment), as ``CTDOCS_MAX_PAGES`` does.
    """
    env = os.environ.get(ENV, "").strip()
    options = [o for o in env.split(",") if o.strip()]
    return PdfLimits().with_options(options) if options else PdfLimits()


def _value(key: str, text: str, current: object) -> object:
    """``text`` read as the type of the field it sets."""
    try:
        if isinstance(current, bool):
            if text.lower() not in ("1", "0", "true", "false", "yes", "no", "on", "off"):
                raise ValueError(text)
            return text.lower() in ("1", "true", "yes", "on")
        if isinstance(current, float):
            return float(text)
        return int(float(text)) if text.lower() != "none" else None
    except (ValueError, OverflowError):
        raise InputError(f"--pdf-limit {key}: {text!r} is not a number") from None


# What each budget counts, for the messages: (noun, unit).
_WHAT = {
    "operators": ("content-stream operators", "operators"),
    "characters": ("characters shown", "characters"),
    "stream_bytes": ("decoded (inflated) stream bytes", "bytes"),
    "forms": ("form XObject invocations (fan-out)", "invocations"),
    "inline_images": ("inline images", "images"),
    "seconds": ("time spent reading", "seconds"),
}


class Budget:
    """The counters of one PDF read; each ``add_*`` raises when a budget is spent.

    The first error is also kept in :attr:`exceeded`: pdfminer catches exceptions
    in some places (a font that fails to load), and the reader re-raises it.
    """

    def __init__(self, limits: PdfLimits, name: str) -> None:
        self.limits = limits
        self.name = name
        self.page = 0
        self.exceeded: PdfResourceError | None = None
        self.start = self.page_start = time.monotonic()
        self.doc = dict.fromkeys(_WHAT, 0)
        self.here = dict.fromkeys(_WHAT, 0)
        self.ops = 0  # this page's operators since the last clock reading

    def start_page(self, number: int) -> None:
        self.page = number
        self.here = dict.fromkeys(_WHAT, 0)
        self.page_start = time.monotonic()
        self.check_time()

    def fail(self, message: str, budget: str, limit: float) -> PdfResourceError:
        """Record (the first) and return the error for a spent budget."""
        where = f"page {self.page}" if self.page else "the document structure"
        err = PdfResourceError(
            f"{self.name}: {where}: {message}; this is a budget, not a corrupt file: "
            f"raise it if the PDF is trusted (PdfLimits({budget}=...), "
            f"ctdocs parse --pdf-limit {budget}=N)",
            page=self.page,
            budget=budget,
            limit=limit,
        )
        if self.exceeded is None:
            self.exceeded = err
        return err

    def add(self, kind: str, n: int) -> None:
        """Spend ``n`` of budget ``kind`` on this page and on the document."""
        here, doc = self.here[kind] + n, self.doc[kind] + n
        self.here[kind], self.doc[kind] = here, doc
        page_limit = getattr(self.limits, f"{kind}_per_page")
        if here > page_limit and self.page:
            noun, unit = _WHAT[kind]
            raise self.fail(
                f"{here:,} {noun} on one page is over the budget of {page_limit:,} {unit} per page",
                f"{kind}_per_page",
                page_limit,
            )
        limit = getattr(self.limits, kind)
        if doc > limit:
            noun, unit = _WHAT[kind]
            raise self.fail(
                f"{doc:,} {noun} in the document is over the budget of {limit:,} {unit}",
                kind,
                limit,
            )

    def room(self, kind: str) -> int:
        """How much of budget ``kind`` is left (page and document)."""
        left = int(getattr(self.limits, kind)) - self.doc[kind]
        if self.page:
            left = min(left, int(getattr(self.limits, f"{kind}_per_page")) - self.here[kind])
        return max(left, 0)

    def operator(self) -> None:
        """One operator run; the clock is read every 256."""
        self.ops += 1
        if self.ops >= 256:
            self.add("operators", self.ops)
            self.ops = 0
            self.check_time()

    def flush(self) -> None:
        """Count the operators not yet added (at the end of a page)."""
        if self.ops:
            n, self.ops = self.ops, 0
            self.add("operators", n)

    def check_time(self) -> None:
        now = time.monotonic()
        if self.page and now - self.page_start > self.limits.seconds_per_page:
            limit = self.limits.seconds_per_page
            raise self.fail(
                f"reading the page took over the budget of {limit:g} seconds per page",
                "seconds_per_page",
                limit,
            )
        if now - self.start > self.limits.seconds:
            limit = self.limits.seconds
            raise self.fail(
                f"reading the document took over the budget of {limit:g} seconds", "seconds", limit
            )

    def depth(self, kind: str, depth: int) -> None:
        """A nesting depth reached: ``form_depth`` or ``state_depth``."""
        limit = getattr(self.limits, kind)
        if depth > limit:
            noun = (
                "forms drawn inside forms"
                if kind == "form_depth"
                else ("graphics states saved (q) and not restored")
            )
            raise self.fail(
                f"{noun} nest {depth:,} deep, over the budget of {limit:,}", kind, limit
            )
