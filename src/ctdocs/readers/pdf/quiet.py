"""pdfminer's log lines stay inside ctdocs while ctdocs reads a PDF.

pdfminer logs a warning for every oddity it works around in a PDF ("Cannot set
gray level because /'Foo' is an invalid float value"), and pdfplumber logs
too. A corpus of real PDFs printed hundreds of such lines on stderr, between
ctdocs' own one-line reports, about problems ctdocs either handles or reports
itself as a :class:`PdfError`.

Why scoped, not global: a library must not change the root logger or a user's
handlers. So only the levels of the ``pdfminer`` and ``pdfplumber`` loggers
are raised, only while ctdocs is reading a PDF, and put back after (also
when the read fails); their children inherit the level unless a user set one
of their own, which then wins. A count of the reads in progress lets threads
share it: the first one in raises the levels, the last one out restores them,
unless someone else changed them meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["LOGGERS", "quiet_pdfminer"]

LOGGERS = ("pdfminer", "pdfplumber")
_SILENT = logging.CRITICAL + 1
_lock = threading.Lock()
_depth = 0
_saved: dict[str, int] = {}


@contextmanager
def quiet_pdfminer() -> Iterator[None]:
    """Within the block, pdfminer and pdfplumber log nothing; their levels are put back after."""
    global _depth
    with _lock:
        if _depth == 0:
            for name in LOGGERS:
                logger = logging.getLogger(name)
                _saved[name] = logger.level
                logger.setLevel(_SILENT)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                for name, level in _saved.items():
                    logger = logging.getLogger(name)
                    if logger.level == _SILENT:  # not changed by someone else meanwhile
                        logger.setLevel(level)
                _saved.clear()
