"""Coverage-guided fuzzing of PDF input: parse_document on (mutated) PDF bytes.

pdfminer and pdfplumber are instrumented along with ctdocs, so the fuzzer is
guided into the parts of the PDF reader a malformed file reaches; what the
reader raises must come out as a ``PdfError`` and what it returns must make a
sound Document. An input without a ``%PDF-`` header gets one, so that no
execution is spent on the (already tested) "not a PDF" refusal.
"""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["pdfminer", "pdfplumber"]):
    import pdfminer.pdfparser  # noqa: F401
    import pdfplumber  # noqa: F401

from _common import ctdocs, judge, warm_up


def TestOneInput(data: bytes) -> None:
    if not data.startswith(b"%PDF-"):
        data = b"%PDF-1.4\n" + data
    judge(ctdocs.parse_document, data, name="fuzz.pdf")


def main() -> None:
    warm_up()
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
