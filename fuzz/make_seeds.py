"""Build the seed corpora the fuzz targets start from: ``OUT/text`` and ``OUT/pdf``.

Text seeds are the bundled corpus (``data/raw/``) and the hand-written layout
texts (``tests/texts/``), whole and cut into pieces of a few kilobytes (short
inputs run faster, so the fuzzer mutates more of them), each behind the mode
byte of ``fuzz_parse_text.py`` that sends it down a matching path. PDF seeds
are small PDFs: a few seed paragraphs typeset by ``tests/pdfgen`` in its three
layouts, and hand-drawn pages with uncompressed content streams, so that a
mutation lands in the text operators rather than in a zlib stream it would
only corrupt.

Usage: ``python fuzz/make_seeds.py OUT``
"""

from __future__ import annotations

import hashlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_PIECE = 3000  # characters per cut piece of a long text
# mode byte of fuzz_parse_text.py: 0 parse_document(bytes); 1..4 parse_text with
# layout None, text, markdown, html (mode // 5 picks the language: 0 detect, 1 fr, 2 en)
_MODES = {".txt": (0, 1, 2), ".md": (0, 3, 8), ".html": (0, 4, 14)}


def _write(folder: Path, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def _text_seeds(out: Path) -> int:
    files = [*sorted((ROOT / "data" / "raw").glob("*.txt"))]
    files += [p for p in sorted((ROOT / "tests" / "texts").iterdir()) if p.suffix in _MODES]
    n = 0
    for path in files:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
        pieces = [text] + [text[k : k + _PIECE] for k in range(0, len(text), _PIECE)]
        for mode in _MODES[path.suffix]:
            for piece in pieces if mode else [text]:
                body = raw if mode == 0 and piece is text else piece.encode("utf-8")
                _write(out, bytes([mode]) + body)
                n += 1
    # a few odd encodings for the bytes path
    sample = "1. Le Conseil de sécurité de l'ONU, le 5 juin 2003.\n2. L'OTAN — NATO.\n"
    for data in (
        sample.encode("utf-16"),
        b"\xef\xbb\xbf" + sample.encode("utf-8"),
        sample.encode("cp1252"),
        sample.replace("\n", "\r\n").encode("utf-8"),
    ):
        _write(out, b"\x00" + data)
        n += 1
    return n


def _canvas_pdf(lines: Sequence[tuple[str, float, str]], pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=0, invariant=1)
    for p in range(pages):
        y = 780.0
        for font, size, text in lines:
            c.setFont(font, size)
            c.drawString(72, y, text)
            y -= size * 1.5
        c.drawCentredString(297, 30, str(p + 1))
        c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_seeds(out: Path) -> int:
    from tests.pdfgen import LAYOUTS, render

    n = 0
    for path in sorted((ROOT / "data" / "raw").glob("*.txt"))[:2]:
        head = path.read_text(encoding="utf-8")[:1500]
        for layout in LAYOUTS:
            _write(out, render(head, layout))
            n += 1
    H, B = "Helvetica", "Helvetica-Bold"
    for pages, lines in (
        (1, [(B, 14, "Plan d'action du Partenariat contre le terrorisme"),
             (H, 10, "1. Les Partenaires s'engagent, le 22 novembre 2002, à"),
             (H, 10, "coopérer avec l'OTAN contre le terrorisme."),
             (H, 10, "(a) échange d'informations ;"),
             (H, 10, "- formation et exercices CBRN.")]),
        (2, [(B, 12, "S/2003/82"),
             (H, 10, "3.1 The Security Council, on 28 September 2001,"),
             (H, 10, "decided that all States shall prevent terror-"),
             (H, 10, "ism financing (resolution 1373 (2001))."),
             (H, 7, "1 See the report of the Counter-Terrorism Committee.")]),
    ):
        _write(out, _canvas_pdf(lines, pages))
        n += 1
    return n


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/fuzz/seeds")
    t = _text_seeds(out / "text")
    p = _pdf_seeds(out / "pdf")
    print(f"seeds: {t} text, {p} pdf in {out}")


if __name__ == "__main__":
    main()
