"""PDF input (ctdocs.readers.pdf): the seeds typeset in three layouts, furniture, pages, errors.

Each seed text is rendered with reportlab (``tests/pdfgen``) as a UN document
(symbol head, job-number foot, page numbers, justified and hyphenated), a NATO
two-column document and a plain report with footnotes; parsing the PDF must give
the gold clauses exactly, keep page furniture out of every block, put it in
``doc.noise`` and say on which page each block stands.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ctdocs import Document, parse_document
from ctdocs._errors import PdfError
from ctdocs.models import Clause, Paragraph

from ._compare import first_words, norm, norm_title
from .conftest import SEEDS, gold, parsed
from .pdfgen import JOB_NUMBER, LAYOUTS, NATO_HEAD, SYMBOL, footnote, printable, render

CASES = [(seed, lay) for seed in SEEDS for lay in LAYOUTS]
IDS = [f"{seed.stem[:3]}-{lay}" for seed, lay in CASES]


@cache
def pdf_of(seed: Path, layout: str) -> bytes:
    return render(seed.read_text(encoding="utf-8"), layout)  # type: ignore[arg-type]


@cache
def doc_of(seed: Path, layout: str) -> Document:
    return parse_document(pdf_of(seed, layout), name=f"{seed.stem[:3]}-{layout}.pdf")


@cache
def pages_of(data: bytes) -> list[str]:
    """Each page's text as pdfplumber extracts it (lines joined by spaces)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [" ".join((p.extract_text() or "").split()) for p in pdf.pages]


def canvas_pdf(
    pages: Sequence[Sequence[tuple[float, float, str, str, float]]], **kw: object
) -> bytes:
    """A PDF drawn string by string: per page, (x, y, font, text, size)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, **kw)
    for strings in pages:
        for x, y, font, text, size in strings:
            c.setFont(font, size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return buf.getvalue()


# -- the seeds in three layouts --------------------------------------------------------------


@pytest.mark.parametrize(("seed", "layout"), CASES, ids=IDS)
def test_clauses_match_gold(seed: Path, layout: str) -> None:
    doc, g = doc_of(seed, layout), gold(seed)
    assert [c.number for c in doc.clauses()] == [c["number"] for c in g["clauses"]]
    got = {c.number: c for c in doc.clauses()}
    for gc in g["clauses"]:
        c = got[gc["number"]]
        assert norm_title(c.title) == norm_title(gc["title"]), gc["number"]
        assert norm_title(c.section) == norm_title(gc["section"]), gc["number"]
        if gc["starts_with"]:
            assert first_words(c.text, 5) == first_words(gc["starts_with"], 5), gc["number"]


def _furniture(layout: str, page: int, total: int) -> dict[str, str]:
    """What the renderer prints round page ``page``: text -> expected noise reason."""
    if layout == "un":
        return {SYMBOL: "page-header", JOB_NUMBER: "page-footer", str(page): "page-number"}
    if layout == "nato":
        return {NATO_HEAD: "page-header", f"Page {page} sur {total}": "page-number"}
    return {str(page): "page-number"}


@pytest.mark.parametrize(("seed", "layout"), CASES, ids=IDS)
def test_furniture_is_noise_never_block_text(seed: Path, layout: str) -> None:
    doc = doc_of(seed, layout)
    total = doc.source.pages
    assert total == len(pages_of(pdf_of(seed, layout))) >= 2
    noise = {(n.text, n.reason, n.page) for n in doc.noise}
    for page in range(1, total + 1):
        for text, reason in _furniture(layout, page, total).items():
            assert (text, reason, page) in noise, (text, page)
    running = re.compile(
        rf"{re.escape(SYMBOL)}|{re.escape(JOB_NUMBER)}|{NATO_HEAD}|Page \d+ sur \d+"
    )
    for b in doc.blocks():
        assert not running.search(b.text), b.text[:80]
        assert not re.fullmatch(r"\d{1,3}", b.text.strip()), "a page number became a block"


@pytest.mark.parametrize(("seed", "layout"), CASES, ids=IDS)
def test_clause_pages_and_boxes(seed: Path, layout: str) -> None:
    """Every clause is on the page (and inside the box) where its number is printed."""
    data = pdf_of(seed, layout)
    doc = doc_of(seed, layout)
    texts = pages_of(data)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for c in doc.clauses():
            assert c.page is not None and c.bbox is not None
            head = (c.title or c.text).split()[:2]
            probe = " ".join([c.label, *head])
            assert probe in texts[c.page - 1], (c.number, c.page)
            found = pdf.pages[c.page - 1].search(
                re.escape(c.label) + r"\s+" + re.escape(head[0]), regex=True
            )
            x0, top, x1, bottom = c.bbox
            assert any(
                m["x0"] >= x0 - 0.5
                and m["top"] >= top - 0.5
                and m["x1"] <= x1 + 0.5
                and m["bottom"] <= bottom + 0.5
                for m in found
            ), (c.number, c.bbox)
    pages = [b.page for b in doc.blocks()]
    in_order = sorted(p for p in pages if p is not None)
    assert None not in pages and pages == in_order, "blocks follow the pages in order"


_MARK = re.compile(r"(?<=[.!?»\")])\d{1,2}(?=\s|$)")


def _blocks(doc: Document, *, report: bool = False) -> list[tuple[str, str]]:
    notes = {norm(footnote(n)) for n in range(1, 60)}
    out: list[tuple[str, str]] = []
    for b in doc.blocks():
        text = norm(printable(b.text))
        if report:
            if text in notes:
                continue
            text = _MARK.sub("", text)
        out.append((b.kind, text))
    return out


@pytest.mark.parametrize(("seed", "layout"), CASES, ids=IDS)
def test_blocks_read_as_from_the_text(seed: Path, layout: str) -> None:
    """Line breaks, hyphens, columns and page breaks undone: the same blocks as the .txt.

    (The report layout adds footnote marks and footnotes; they are set aside here.)
    """
    expected = [(k, norm(printable(t))) for k, t in _blocks(parsed(seed))]
    assert _blocks(doc_of(seed, layout), report=layout == "report") == expected


def test_report_footnotes_are_their_own_paragraphs() -> None:
    seed = next(s for s in SEEDS if s.stem.startswith("001"))
    doc = doc_of(seed, "report")
    texts = pages_of(pdf_of(seed, "report"))
    notes = [b for b in doc.blocks() if re.match(r"\d{1,2} ", b.text) and b.kind == "paragraph"]
    assert len(notes) >= 10
    for b in notes:
        n = int(b.text.split()[0])
        assert b.text == footnote(n)
        assert isinstance(b, Paragraph)
        assert b.page is not None and footnote(n)[3:30] in texts[b.page - 1]
    for c in doc.clauses():
        assert not any(footnote(n)[3:] in c.text for n in range(1, 30)), c.number


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem[:3] for s in SEEDS])
def test_report_footnotes_are_linked_to_their_marks(seed: Path) -> None:
    """Every footnote is called by exactly one mark, the mark closing the paragraph it annotates."""
    doc = doc_of(seed, "report")
    notes = [b for b in doc.blocks() if isinstance(b, Paragraph) and b.role == "footnote"]
    printed = " ".join(pages_of(pdf_of(seed, "report")))
    printed_marks = [
        n
        for n in range(1, 60)
        if re.search(rf"(?<!\d){n} ?{re.escape(footnote(n).split(' ', 1)[1][:30])}", printed)
    ]
    assert printed_marks == list(range(1, len(printed_marks) + 1))
    assert sorted(int(b.note_mark or 0) for b in notes) == printed_marks
    called = sorted(r.note for r in doc.footnote_refs)
    assert called == sorted(b.id for b in notes)
    for ref in doc.footnote_refs:
        note = doc.block(ref.note)
        assert isinstance(note, Paragraph)
        assert doc.text[ref.start : ref.end] == ref.text == note.note_mark
        assert note.text == footnote(int(ref.text))
        if ref.block is None:  # the renderer put the mark on a line ctdocs sets aside as chrome
            assert any(n.start <= ref.start < n.end for n in doc.noise)
        else:
            host = doc.block(ref.block)
            assert host.start <= ref.start and ref.end == host.end  # the mark closes the paragraph
            assert host.id != note.id
            assert not (isinstance(host, Paragraph) and host.role == "footnote")


@pytest.mark.parametrize("layout", ["un", "nato"])
def test_no_footnote_links_without_footnotes(layout: str) -> None:
    """Raised letters (XXIe, 1er) and layouts without notes give no links."""
    for seed in SEEDS:
        assert doc_of(seed, layout).footnote_refs == ()


def test_footnote_numbering_restarting_on_each_page() -> None:
    """A mark links to the note with its number on its own page, not the first such note."""
    pages = [
        [
            (
                72,
                760,
                "Helvetica",
                "1. Les Allies renforcent la cooperation contre le terrorisme",
                11,
            ),
            (405, 765, "Helvetica", "1", 7),
            (72, 744, "Helvetica", "dans tous les domaines pertinents.", 11),
            (72, 60, "Helvetica", "1 Voir le communique de Prague.", 8),
        ],
        [
            (72, 760, "Helvetica", "2. Le Conseil examine chaque annee les progres accomplis", 11),
            (380, 765, "Helvetica", "1", 7),
            (72, 744, "Helvetica", "par les partenaires.", 11),
            (72, 60, "Helvetica", "1 Rapport annuel du Secretaire general.", 8),
        ],
    ]
    doc = parse_document(canvas_pdf(pages), name="restart.pdf")
    notes = {b.page: b for b in doc.blocks() if isinstance(b, Paragraph) and b.role == "footnote"}
    assert None not in notes and sorted(p for p in notes if p is not None) == [1, 2]
    assert [(r.text, doc.block(r.note).page) for r in doc.footnote_refs] == [("1", 1), ("1", 2)]
    for r in doc.footnote_refs:
        assert doc.block(r.block or "").kind == "clause"


def test_raised_digit_without_a_note_is_no_link() -> None:
    page = [
        (72, 760, "Helvetica", "1. Une zone de 40 km", 11),
        (186, 765, "Helvetica", "2", 7),
        (72, 744, "Helvetica", "est surveillee par les garde-frontieres.", 11),
    ]
    doc = parse_document(canvas_pdf([page]), name="squared.pdf")
    assert doc.clause("1") is not None
    assert doc.footnote_refs == ()


# -- page breaks, pages, columns ---------------------------------------------------------------


def _sentences(n: int, start: int = 0) -> str:
    return " ".join(
        f"La phrase numéro {i} décrit la coopération des Alliés avec leurs partenaires."
        for i in range(start, start + n)
    )


def test_sentence_across_a_page_break_stays_one_paragraph() -> None:
    text = "Objet\n\n1. " + _sentences(45) + "\n\n2. " + _sentences(40, 45) + "\n"
    data = render(text, "un")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = [ln["text"] for ln in pdf.pages[0].extract_text_lines()]
    body = [ln for ln in lines if ln not in (SYMBOL, JOB_NUMBER, "1") and "03-22133" not in ln]
    assert not body[-1].rstrip().endswith("."), "the page must break inside a sentence"
    doc = parse_document(data)
    one, two = doc.clause("1"), doc.clause("2")
    assert one is not None and two is not None
    assert norm(one.text) == norm(_sentences(45))
    assert norm(two.text) == norm(_sentences(40, 45))
    assert one.page == 1 and doc.source.pages is not None and doc.source.pages >= 2
    assert all(SYMBOL not in b.text and JOB_NUMBER not in b.text for b in doc.blocks())
    assert {(n.text, n.page) for n in doc.noise} >= {(SYMBOL, 1), (SYMBOL, 2), ("1", 1), ("2", 2)}


def test_known_clause_on_page_two() -> None:
    page1 = [
        (72, 790, "Helvetica", "S/2003/82", 9),
        (72, 730, "Helvetica-Bold", "Plan d'action du partenariat", 16),
        (72, 700, "Helvetica-Bold", "Préambule", 12),
        (72, 670, "Helvetica", "1. Les Etats membres condamnent le terrorisme sous toutes", 10),
        (72, 658, "Helvetica", "ses formes et dans toutes ses manifestations.", 10),
        (290, 40, "Helvetica", "1", 9),
    ]
    page2 = [
        (72, 790, "Helvetica", "S/2003/82", 9),
        (72, 700, "Helvetica", "2. Les Etats membres renforceront leur coopération dans", 10),
        (72, 688, "Helvetica", "le domaine du renseignement.", 10),
        (290, 40, "Helvetica", "2", 9),
    ]
    doc = parse_document(canvas_pdf([page1, page2]), name="two-pages.pdf")
    one, two = doc.clause("1"), doc.clause("2")
    assert isinstance(one, Clause) and isinstance(two, Clause)
    assert (one.page, two.page) == (1, 2)
    assert two.text.startswith("Les Etats membres renforceront")
    assert two.bbox is not None
    x0, top, _, bottom = two.bbox
    assert x0 == pytest.approx(72, abs=0.5) and 842 - 700 - 10 < top < 842 - 700
    assert 842 - 688 < bottom < 842 - 688 + 4
    assert doc.title == "Plan d'action du partenariat" and one.section == "Préambule"
    assert {(n.reason, n.page) for n in doc.noise} == {
        ("page-header", 1),
        ("page-header", 2),
        ("page-number", 1),
        ("page-number", 2),
    }


def test_running_heads_that_change_with_the_chapter() -> None:
    """Near-same furniture: a head naming the chapter, a distribution line, page numbers."""
    chapters = ["Prévention"] * 3 + ["Réaction"] * 2 + ["Coopération"] * 2
    pages = []
    for k, chapter in enumerate(chapters, start=1):
        n = chapters.index(chapter) // 2 + 1
        pages.append(
            [
                (72.0, 800.0, "Helvetica-Oblique", f"Chapitre {n} — {chapter}", 8.0),
                (
                    72.0,
                    700.0,
                    "Helvetica",
                    f"{k}. Les Etats membres examineront la mesure {k}",
                    10.0,
                ),
                (72.0, 688.0, "Helvetica", "du plan d'action contre le terrorisme.", 10.0),
                (72.0, 40.0, "Helvetica", "Distr. limitée", 8.0),
                (500.0, 40.0, "Helvetica", f"- {k} -", 8.0),
            ]
        )
    doc = parse_document(canvas_pdf(pages))
    assert [c.number for c in doc.clauses()] == [str(k) for k in range(1, 8)]
    for b in doc.blocks():
        assert "Chapitre" not in b.text and "Distr." not in b.text, b.text
    reasons = {(n.reason, n.page) for n in doc.noise}
    for k in range(1, 8):
        assert {("page-header", k), ("page-footer", k), ("page-number", k)} <= reasons


def _column(words: str, width: int) -> list[str]:
    return textwrap.wrap(words, width)


def test_two_columns_read_column_by_column_under_a_spanning_title() -> None:
    left = _column(" ".join(f"gauche{i} suit" for i in range(120)), 42)
    right = _column(" ".join(f"droite{i} suit" for i in range(120)), 42)
    title = "Plan d'action du partenariat contre le terrorisme"
    strings = [(150.0, 780.0, "Helvetica-Bold", title, 14.0)]
    for k, line in enumerate(left):
        strings.append((72.0, 740.0 - 12 * k, "Helvetica", line, 9))
    for k, line in enumerate(right):
        strings.append((310.0, 740.0 - 12 * k, "Helvetica", line, 9))
    doc = parse_document(canvas_pdf([strings]))
    texts = [b.text for b in doc.blocks()]
    assert texts[0] == title
    assert " ".join(texts[1:]) == " ".join(left + right)
    bbox = doc.blocks()[1].bbox
    assert bbox is not None and bbox[2] < 300


def test_rotated_pages_are_read_in_their_own_direction() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    for page, rotate in enumerate((90, 180)):
        c.saveState()
        if rotate == 90:
            c.translate(A4[0], 0)
        else:
            c.translate(A4[0], A4[1])
        c.rotate(rotate)
        c.setFont("Helvetica", 10)
        c.drawString(100, 300, f"{page + 1}. Les Alliés adoptent le plan numéro {page + 1} contre")
        c.drawString(100, 288, "le terrorisme et ses réseaux de financement.")
        c.restoreState()
        c.showPage()
    c.save()
    data = buf.getvalue()
    doc = parse_document(data)
    assert [cl.number for cl in doc.clauses()] == ["1", "2"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for cl in doc.clauses():
            assert cl.text.endswith("contre le terrorisme et ses réseaux de financement.")
            assert cl.page is not None and cl.bbox is not None
            x0, top, x1, bottom = cl.bbox
            chars = [ch for ch in pdf.pages[cl.page - 1].chars if ch["text"] == "A"]
            assert chars and all(
                x0 - 0.5 <= ch["x0"]
                and ch["x1"] <= x1 + 0.5
                and top - 0.5 <= ch["top"]
                and ch["bottom"] <= bottom + 0.5
                for ch in chars
            )


# -- hyphenation ----------------------------------------------------------------------------------


def _paragraph_pdf(lines: list[str]) -> bytes:
    return canvas_pdf([[(72.0, 700.0 - 12 * k, "Helvetica", ln, 10) for k, ln in enumerate(lines)]])


def test_end_of_line_hyphens() -> None:
    lines = [
        "La lutte anti-terrorisme reste une priorité ; la lutte anti-",
        "terrorisme progresse partout. Le ter-",
        "rorisme est condamné et le terrorisme recule. Le Conseil OTAN-",
        "Russie se réunit et un accord infor-",
        "mel est trouvé sur la prolifération.",
    ]
    doc = parse_document(_paragraph_pdf(lines))
    (text,) = [b.text for b in doc.blocks()]
    assert text == (
        "La lutte anti-terrorisme reste une priorité ; la lutte anti-terrorisme progresse "
        "partout. Le terrorisme est condamné et le terrorisme recule. Le Conseil OTAN-Russie "
        "se réunit et un accord infor-mel est trouvé sur la prolifération."
    )


def test_hyphen_dropped_when_the_document_writes_the_word_whole() -> None:
    lines = [
        "La stratégie antiterroriste de l'Alliance et la coopération anti-",
        "terroriste avec les partenaires sont complémentaires.",
    ]
    doc = parse_document(_paragraph_pdf(lines))
    assert "coopération antiterroriste avec" in doc.blocks()[0].text


def test_offsets_map_back_to_pdfplumber_characters() -> None:
    """``doc.input_offset`` points into the concatenated ``page.chars`` texts."""
    for seed, layout in [(SEEDS[1], "un"), (SEEDS[1], "nato"), (SEEDS[3], "report")]:
        data = pdf_of(seed, layout)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            source = "".join(ch["text"] for p in pdf.pages for ch in p.chars)
        doc = doc_of(seed, layout)
        for i, ch in enumerate(doc.text):
            if not ch.isspace():
                assert source[doc.input_offset(i)] == ch, (i, doc.text[i - 20 : i + 20])
    doc = parse_document(_paragraph_pdf(["Le ter-", "rorisme recule, le terrorisme aussi."]))
    k = doc.text.index("terrorisme")
    assert [doc.input_offset(k + j) for j in range(5)] == [3, 4, 5, 7, 8]  # 3 "t" .. 6 "-" ..


# -- streaming and errors ------------------------------------------------------------------------


def test_pages_are_closed_as_they_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    closed: list[int] = []
    original = pdfplumber.page.Page.close

    def close(self: pdfplumber.page.Page) -> None:
        closed.append(self.page_number)
        earlier = [p for p in self.pdf.pages if p.page_number < self.page_number]
        assert not any(hasattr(p, "_layout") for p in earlier)
        original(self)

    monkeypatch.setattr(pdfplumber.page.Page, "close", close)
    seed = SEEDS[1]
    doc = parse_document(pdf_of(seed, "un"))
    n = doc.source.pages or 0
    assert n > 5 and closed[:n] == list(range(1, n + 1))  # (closing the PDF closes them again)


def _image_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(Image.new("RGB", (300, 400), "white")), 72, 200, 400, 500)
    c.showPage()
    c.save()
    return buf.getvalue()


def _shapes_pdf() -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4)
    c.rect(72, 300, 300, 200, fill=1)
    c.line(72, 100, 500, 700)
    c.showPage()
    c.save()
    return buf.getvalue()


def _ok_pdf() -> bytes:
    return canvas_pdf([[(72, 700, "Helvetica", "Le Conseil condamne le terrorisme.", 10)]])


def _raises(data: bytes, name: str) -> PdfError:
    with pytest.raises(PdfError) as info:
        parse_document(data, name=name)
    err = info.value
    assert type(err) is PdfError
    assert name in str(err)
    # nothing of pdfminer's leaks, not even as the cause or context of the error
    assert err.__cause__ is None and (err.__context__ is None or err.__suppress_context__)
    return err


@pytest.mark.parametrize("make", [_image_pdf, _shapes_pdf], ids=["image", "shapes"])
def test_no_text_layer_says_ocr(make: object) -> None:
    err = _raises(make(), "scan.pdf")  # type: ignore[operator]
    assert "OCR" in str(err) and "no text layer" in str(err)


def test_encrypted_pdf() -> None:
    data = canvas_pdf([[(72, 700, "Helvetica", "Texte confidentiel.", 10)]], encrypt="pw")
    err = _raises(data, "secret.pdf")
    assert "encrypted" in str(err) and "decrypted copy" in str(err)


@pytest.mark.parametrize(
    "cut",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b[:300],
        lambda b: b"%PDF-1.4\n" + bytes(range(256)) * 8,
        lambda b: b.replace(b"/Root", b"/Rxxx"),
        lambda b: b"%PDF-1.7\n",
    ],
    ids=["half", "head", "garbage", "no-root", "header-only"],
)
def test_corrupt_pdf_names_the_file(cut: object) -> None:
    err = _raises(cut(_ok_pdf()), "broken.pdf")  # type: ignore[operator]
    assert "corrupt" in str(err) or "no pages" in str(err)


def test_a_good_pdf_parses() -> None:
    doc = parse_document(_ok_pdf(), name="ok.pdf")
    assert doc.source.pages == 1 and doc.source.media_type == "application/pdf"
    assert [b.text for b in doc.blocks()] == ["Le Conseil condamne le terrorisme."]
    assert doc.blocks()[0].page == 1
