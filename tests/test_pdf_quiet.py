"""pdfminer's log lines stay inside ctdocs, and only while ctdocs reads a PDF."""

from __future__ import annotations

import logging

import pytest

from ctdocs import parse_document
from ctdocs.readers.pdf.quiet import LOGGERS, quiet_pdfminer

from .pdfgen import raw


def _pdf(content: bytes) -> bytes:
    """A one-page PDF with ``content`` as its page's content stream, as it stands (Helvetica
    as F1): the raw writer of the PDF-bomb tests, with no compression."""
    return raw.one_page(raw.stream(content, flate=False))


# "/Foo G" sets a gray level that is not a number: pdfminer warns, then goes on.
ODD = [
    b"/Foo G\nBT /F1 12 Tf 72 700 Td (1. Les Allies renforceront la cooperation.) Tj ET",
    b"/Foo G\nBT /F1 12 Tf 72 700 Td (1. Allies will strengthen their cooperation.) Tj ET",
]


@pytest.mark.parametrize("content", ODD, ids=["fr", "en"])
def test_parsing_a_pdf_logs_nothing_from_pdfminer(
    content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # a user who listens to everything
    doc = parse_document(_pdf(content), name="odd.pdf")
    assert doc.clauses()[0].number == "1"
    assert [r for r in caplog.records if r.name.startswith(LOGGERS)] == []


def test_pdfminer_logs_again_outside_ctdocs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    parse_document(_pdf(ODD[1]), name="odd.pdf")
    logging.getLogger("pdfminer.pdfinterp").warning("outside ctdocs")
    # pdfminer's records only: another library's (a notebook client's zmq teardown, run by a
    # test in the same process) may log through the root logger at any time
    pdfminer = [r.getMessage() for r in caplog.records if r.name.startswith("pdfminer")]
    assert pdfminer == ["outside ctdocs"]


def test_levels_are_put_back_and_nesting_is_counted() -> None:
    pdfminer = logging.getLogger("pdfminer")
    pdfminer.setLevel(logging.INFO)
    root_level, root_handlers = logging.getLogger().level, list(logging.getLogger().handlers)
    try:
        with quiet_pdfminer():
            with quiet_pdfminer():
                assert not logging.getLogger("pdfminer.pdfpage").isEnabledFor(logging.ERROR)
            assert not pdfminer.isEnabledFor(logging.CRITICAL)  # the outer block still holds
        assert pdfminer.level == logging.INFO
        assert logging.getLogger().level == root_level  # the root logger is never touched
        assert logging.getLogger().handlers == root_handlers
    finally:
        pdfminer.setLevel(logging.NOTSET)


def test_levels_are_put_back_when_the_read_fails() -> None:
    with pytest.raises(RuntimeError), quiet_pdfminer():
        raise RuntimeError("a corrupt PDF")
    assert logging.getLogger("pdfplumber").level == logging.NOTSET
