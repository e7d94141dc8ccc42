"""What both fuzz targets share: the import of ctdocs under instrumentation, and the verdict.

A finding is an input for which ctdocs either raises something that is not a
:class:`ctdocs.CtdocsError` (a bug: users must only ever see a CtdocsError), or
returns a Document that breaks an invariant of ``tests/_soundness.py`` (a span
that does not slice to its text, a character lost or owned twice, a broken
tree link, a JSON round trip that changes the document). Both surface as an
uncaught exception, which is what makes libFuzzer save the input and stop.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import atheris  # type: ignore[import-untyped]

__all__ = ["CtdocsError", "InvariantViolation", "ctdocs", "judge", "warm_up"]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests._soundness

# Heavy third-party imports first, outside the instrumentation: coverage of spaCy's
# internals would only dilute the signal that guides the fuzzer through ctdocs.
import pydantic  # noqa: E402,F401
import spacy  # noqa: E402,F401

with atheris.instrument_imports(include=["ctdocs"]):
    import ctdocs
    import ctdocs.extract
    import ctdocs.extract._actors
    import ctdocs.extract._components
    import ctdocs.extract._dates
    import ctdocs.extract._domains
    import ctdocs.readers.html
    import ctdocs.readers.pdf

from tests._soundness import soundness_problems  # noqa: E402

CtdocsError = ctdocs.CtdocsError

# pdfminer logs a warning for every malformed object a mutated PDF holds: noise in the logs.
logging.disable(logging.WARNING)


class InvariantViolation(AssertionError):
    """A Document came back that breaks an invariant every Document must keep."""


def judge(call: Any, *args: Any, **kwargs: Any) -> None:
    """Run one parse; a CtdocsError is an accepted refusal, anything else a finding."""
    try:
        doc = call(*args, **kwargs)
    except CtdocsError:
        return
    problems = soundness_problems(doc)
    if problems:
        raise InvariantViolation("\n".join(problems))


def warm_up() -> None:
    """Load the knowledge base and the tokenizers once, before libFuzzer starts timing."""
    for lang in ("fr", "en"):
        ctdocs.parse_text("1. Le Conseil de sécurité, le 5 juin 2003, NATO.", lang)
