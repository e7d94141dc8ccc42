"""Every input the fuzzers found (``tests/fuzz_regressions/``) parses soundly or is refused.

See ``tests/fuzz_regressions/README.md`` for what each file is and what was
fixed. Each is replayed the way its fuzz target ran it; a finding stays fixed
when the parse returns a sound Document or raises a ``CtdocsError``, and,
where the finding was about resources, within a bound on that resource (not
on time).
"""

from __future__ import annotations

import io
import tracemalloc
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from ctdocs import CtdocsError, Document, parse_document, parse_text

from ._soundness import assert_sound

HERE = Path(__file__).parent / "fuzz_regressions"
FOUND = sorted(p for p in HERE.iterdir() if p.name.startswith(("pdf-", "text-")))

_LAYOUTS = (None, "text", "markdown", "html")
_LANGUAGES = (None, "fr", "en")


def replay(path: Path) -> Document | None:
    """Parse a finding as its fuzz target did (keep in step with fuzz/fuzz_*.py)."""
    data = path.read_bytes()
    try:
        if path.name.startswith("pdf-"):
            if not data.startswith(b"%PDF-"):
                data = b"%PDF-1.4\n" + data
            return parse_document(data, name=path.name)
        mode, body = data[0], data[1:]
        language = _LANGUAGES[(mode // 5) % 3]
        if mode % 5 == 0:
            return parse_document(body, language)  # type: ignore[arg-type]
        text = body.decode("utf-8", "surrogateescape" if (mode // 15) % 2 else "replace")
        return parse_text(text, language, layout=_LAYOUTS[mode % 5 - 1])  # type: ignore[arg-type]
    except CtdocsError:
        return None


def test_there_are_findings_to_replay() -> None:
    assert FOUND, "tests/fuzz_regressions/ holds no findings"


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_finding_parses_soundly_or_is_refused(path: Path) -> None:
    doc = replay(path)
    if doc is not None:
        assert_sound(doc)


def _peak_mib(path: Path) -> float:
    tracemalloc.start()
    try:
        replay(path)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_wide_media_box_does_not_size_memory_by_page_width() -> None:
    """The fuzzed page is 59.5 million points wide; reading it allocated an array that wide."""
    peak = _peak_mib(HERE / "pdf-wide-mediabox-slow-unit.pdf")
    assert peak < 64, f"{peak:.0f} MiB for a one-page PDF"


@pytest.mark.parametrize("width", [2e5, 1e9])
def test_page_wider_than_pdf_allows_is_read_as_one_column(width: float) -> None:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, 800), invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "1. Le Conseil de sécurité décide le 5 juin 2003.")
    c.drawString(72, 680, "2. The Security Council decides on 6 June 2002.")
    c.showPage()
    c.save()
    doc = parse_document(buf.getvalue(), name="wide.pdf")
    assert_sound(doc)
    assert [cl.number for cl in doc.clauses()] == ["1", "2"]


def _pdf_with_objects(bodies: list[bytes], info: int) -> bytes:
    """A one-page PDF whose trailer's /Info is object ``info``, plus extra objects ``bodies``."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (1. Le Conseil.) Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *bodies,
    ]
    out, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objs) + 1, info)
    return out + b"startxref\n%d\n%%%%EOF\n" % xref


@pytest.mark.parametrize("bodies", [[b"6 0 R"], [b"7 0 R", b"6 0 R"]], ids=["self", "two-cycle"])
def test_reference_cycle_in_a_pdf_does_not_hang(bodies: list[bytes]) -> None:
    from pdfminer.pdftypes import PDFObjRef

    from ctdocs.readers.pdf.guard import guarded

    # Checked on pdfminer itself first, where a missing guard fails at once (one step of
    # resolve() gives a reference back) instead of looping.
    class Doc:  # objects 6.. of the PDF below, each a reference to the next, in a cycle
        def getobj(self, objid: int) -> PDFObjRef:
            return PDFObjRef(self, 6 + (objid - 5) % len(bodies))  # type: ignore[arg-type]

    with guarded():
        assert PDFObjRef(Doc(), 6).resolve(default="none") == "none"  # type: ignore[arg-type]
    doc = parse_document(_pdf_with_objects(bodies, info=6), name="cycle.pdf")
    assert_sound(doc)
    assert [c.number for c in doc.clauses()] == ["1"]


def test_the_pdfminer_guard_is_scoped_to_ctdocs_reads() -> None:
    """Outside a ctdocs read, and in other threads during one, pdfminer is pdfminer."""
    import threading

    from pdfminer.pdftypes import PDFObjRef

    from ctdocs.readers.pdf.guard import guarded

    original = PDFObjRef.__dict__["resolve"]

    class Doc:  # object 6 is a reference to itself
        def getobj(self, objid: int) -> PDFObjRef:
            return PDFObjRef(self, 6)  # type: ignore[arg-type]

    def one_step() -> object:
        return PDFObjRef(Doc(), 6).resolve(default="none")  # type: ignore[arg-type]

    assert isinstance(one_step(), PDFObjRef)  # unguarded: pdfminer's single step
    seen: list[object] = []
    with guarded():
        with guarded():  # nested reads (a PDF inside a corpus run) keep the guard
            assert one_step() == "none"
        assert one_step() == "none"
        other = threading.Thread(target=lambda: seen.append(one_step()))
        other.start()
        other.join()
    assert isinstance(seen[0], PDFObjRef)  # another thread: pdfminer's own answer
    assert PDFObjRef.__dict__["resolve"] is original  # put back after the last read
    parse_document(_pdf_with_objects([b"6 0 R"], info=6), name="cycle.pdf")
    assert PDFObjRef.__dict__["resolve"] is original
