"""Pathological inputs: huge, deep, repetitive, unbalanced, and built to make regexes backtrack.

Each test is bounded by *work*, not by a clock: the input is sized so that a
linear parser reads it in seconds while a quadratic one (a regex that rescans
a line from every start, a loop over all earlier mentions) would not finish in
any CI run. A test passes when the parse completes and its output is sound
(``tests/_soundness.py``) and complete: the clauses, items and mentions the
input was built with are all there. Speed itself is measured by
``benchmarks/bench_linearity.py``.

Regex audit (``src/ctdocs/*.py``, ``src/ctdocs/extract/*.py``, ``data/models/*.toml``).
Quadratic before this file existed, each now has an input below:

* ``_normalise._HEADING_TAIL_RE`` ``[ \\t]+#+[ \\t]*$`` searched from every blank of a
  long run of blanks on a Markdown heading line;
* ``layout.toml`` chrome and caption patterns ``\\bA\\b.*\\bB\\b``: from every ``A``
  the ``.*`` ran to the end of the line (a line of many "cookies" and no
  "accept"); now ``.{0,200}``;
* ``_layout._NUMBER_RE`` / ``_normalise.MARKER_RE`` ``\\d{1,3}(?:\\.\\d{1,3})+``: fine as
  regexes, but a line "1.1.1…" of a million levels made the clause parent
  lookup join every prefix (quadratic); numbers now have at most 64 levels;
* ``_pdf._BROKEN_RE`` ``(\\w+(?:-\\w+)*)-$`` searched from inside a long
  ``a-a-a-…`` chain;
* Python's own ``html.parser`` rescanning to the end from every ``<`` that no
  ``>`` follows (``<a<a<a…``), now cut off in ``_html.html_to_text``.

Not a regex, found by ``benchmarks/bench_linearity.py``: ``_parse._map_ranges_to_output``
compared every offset anchor with every navigation range of an HTML page.

Looked at and linear (inputs below guard them): ``_ITALIC_RE`` (its lazy body
cannot cross a ``*``), ``_MD_TOKEN_RE`` (bounded tag body), ``_RULE_RE`` and
``_MD_BLOCK_RE`` (disjoint classes), the front-matter and furniture patterns
(anchored), the domain triggers (``(\\w+ )?`` gaps are bounded), the date
tokenizer (no backtracking by design), ``_END_TERMINAL_RE``.
"""

from __future__ import annotations

import io
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ctdocs import (
    Document,
    InputError,
    InputTooLargeError,
    SchemaVersionError,
    load_json,
    parse_document,
    parse_text,
)
from ctdocs.models import Clause, ListItem

from ._soundness import assert_sound
from .conftest import SEEDS

MB = 1_000_000


def _words(text: str) -> list[str]:
    """Letters and digits runs: what markup removal must keep, in order."""
    return re.findall(r"[^\W_]+", text)


# ----------------------------------------------------------------------------- size
def _tally(doc: Document) -> tuple[int, int, int, int]:
    return (
        len(doc.clauses()),
        len(doc.blocks()),
        sum(len(a.mentions) for a in doc.actors),
        len(doc.dates),
    )


@pytest.mark.slow
def test_20_mb_text() -> None:
    corpus = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    # Four copies, not one, as the unit. A text pasted again and again reads apart from a
    # single copy: a line printed twice is taken for a photo caption, three times or more
    # for a statute's standard wording; and a clause number cited by an earlier clause is
    # a footnote, not a second clause (so the clauses are the first copy's, once). From
    # four copies on, each further group of four reads as the first group did.
    four = parse_text("\n\n".join([corpus] * 4))
    groups = -(-20 * MB // (4 * len(corpus.encode("utf-8"))))
    doc = parse_text("\n\n".join([corpus] * (4 * groups)))
    assert doc.source.size >= 20 * MB
    assert_sound(doc)
    # Nothing dropped along the way.
    clauses, blocks, mentions, dates = _tally(four)
    assert _tally(doc) == (clauses, groups * blocks, groups * mentions, groups * dates)


SENTENCE = (
    "L'OTAN et la Russie ont signé le 5 juin 2003 un accord sur les armes chimiques. "
    "NATO and the European Union met on 6 June 2002 on border control. "
)


@pytest.mark.slow
def test_single_5_mb_line() -> None:
    reps = 5 * MB // len(SENTENCE)
    doc = parse_text(SENTENCE * reps)
    assert_sound(doc)
    assert len(doc.blocks()) == 1 and not doc.noise
    # Per sentence pair, by hand: OTAN + NATO, Russie, European Union; two dates.
    counts = {a.id: len(a.mentions) for a in doc.actors}
    assert counts == {"nato": 2 * reps, "russia": reps, "eu": reps}
    assert Counter(d.value for d in doc.dates) == {"2003-06-05": reps, "2002-06-06": reps}
    assert set(doc.domains) == {"CBRN", "BORDER"}


@pytest.mark.slow
def test_200_000_bullet_lines() -> None:
    n = 200_000
    text = "Liste des mesures\n\n" + "".join(
        f"- mesure {k} : coopération avec l'OTAN\n" for k in range(n)
    )
    doc = parse_text(text)
    assert_sound(doc, round_trip=False)  # 200 000 blocks: the round trip is tested elsewhere
    items = [b for b in doc.blocks() if isinstance(b, ListItem)]
    assert len(items) == n
    assert {b.marker for b in items} == {"-"}
    assert items[-1].text == f"mesure {n - 1} : coopération avec l'OTAN"
    assert sum(len(a.mentions) for a in doc.actors) == n


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lead", "names"),
    [
        ("Ont signé la présente déclaration :", ["Marie Dupont", "Jean Martin", "Ana Costa"]),
        ("The following signed this declaration:", ["Jane Doe", "John Roe", "Ann Poe"]),
    ],
)
def test_a_row_of_100_000_leader_pieces(lead: str, names: list[str]) -> None:
    """A list's first row closing on `` ... ... …`` a hundred thousand times and then a
    letter: the contents-entry and closing-list leader patterns, anchored at the line's
    end, were searched from every piece (session 39: 4 000 pieces took 4 s, 8 000 about
    16 s); cut from the end they read the row once."""
    row = f"1. {names[0]}" + " ..." * 100_000 + " x"
    text = f"{lead}\n\n{row}\n2. {names[1]}\n3. {names[2]}\n"
    doc = parse_text(text)
    assert_sound(doc)
    clauses = {c.number: c.text for c in doc.clauses()}
    assert list(clauses) == ["1", "2", "3"]
    assert clauses["1"].startswith(names[0]) and clauses["3"] == names[2]


# ----------------------------------------------------------------------------- depth
def _ladder(depth: int) -> str:
    """Clauses 1., 1.1, 1.1.1, ... down to ``depth`` levels, each with a sentence."""
    return "\n\n".join(
        (".".join(["1"] * d) + ("." if d == 1 else "")) + f" Texte du niveau {d}."
        for d in range(1, depth + 1)
    )


@pytest.mark.parametrize("depth", [40, 64])
def test_clause_numbers_deep(depth: int) -> None:
    doc = parse_text(_ladder(depth))
    assert_sound(doc)  # includes the JSON round trip of the whole tree
    clauses = doc.clauses()
    assert [c.depth for c in clauses] == list(range(1, depth + 1))
    for d, c in enumerate(clauses, start=1):
        assert c.number == ".".join(["1"] * d)
        assert c.text == f"Texte du niveau {d}."
        assert c.parent_number == (".".join(["1"] * (d - 1)) if d > 1 else None)
        assert c.children == ((clauses[d].id,) if d < depth else ())


@pytest.mark.parametrize(
    "levels",
    [65, 1000, pytest.param(1_000_000, marks=pytest.mark.slow)],  # a 2 MB line: slow
)
def test_numbers_deeper_than_64_levels_are_text_not_clauses(levels: int) -> None:
    line = ".".join(["1"] * levels) + " Texte trop profond."
    doc = parse_text(_ladder(3) + "\n\n" + line)
    assert_sound(doc)
    assert [c.depth for c in doc.clauses()] == [1, 2, 3]
    # The deep line is not lost: it is the body of the clause above it.
    assert doc.clauses()[-1].text.endswith("Texte trop profond.")


def test_thousands_of_repeated_one_dot_lines() -> None:
    n = 5000
    doc = parse_text("".join(f"1. Le Conseil décide ({k}).\n" for k in range(n)))
    assert_sound(doc)
    clauses = doc.clauses()
    assert len(clauses) == n
    assert {(c.number, c.depth, c.parent) for c in clauses} == {("1", 1, None)}
    assert clauses[-1].text == f"Le Conseil décide ({n - 1})."


# ----------------------------------------------------------------------------- markup
UNBALANCED_MD = [
    "**Titre gras jamais fermé\n\n1. Le Conseil **décide\n\n2. Il *insiste sur\n",
    "__souligné\n\n# Titre ####   \n\n## \n\n```\ncode jamais fermé\n\n- puce **a\n",
    "*a " * 20_000,
    "**a " * 20_000,
    "<sup>" * 10_000 + "texte" + "</sub>" * 10_000,
    "> citation\n> > imbriquée\n| a | b\n|---\n" * 2_000,
]


@pytest.mark.parametrize("text", UNBALANCED_MD, ids=[f"md{k}" for k in range(len(UNBALANCED_MD))])
def test_unbalanced_markdown(text: str) -> None:
    doc = parse_text(text, layout="markdown")
    assert_sound(doc)
    # Markup goes, words stay, in order (the <sup>/<sub> tags are markup, their names not words).
    expected = _words(re.sub(r"</?(?:sup|sub)>", " ", text))
    assert _words(doc.text) == expected


UNBALANCED_HTML = [
    "<p><b>texte gras <i>sans fin <p>autre paragraphe",
    "<div>" * 20_000 + "profond" + "</span>" * 100,
    "</p></li></ul>" * 5_000 + "<p>après les fermetures</p>",
    "<ul><li>un<li>deux<ol type='a'><li>trois<li>quatre" * 2_000,
    "<p>avant</p>" + "<a" * 50_000,
    "<p>avant</p><a " + "b " * 100_000 + ">après",
    "<p>avant</p>" + "&#" * 50_000 + "; fin",
    "<table><tr><td>a<td>b<tr><td>c" * 3_000,
    "<p>avant</p><!-- commentaire jamais fermé <p>x</p>",
    "<p>avant</p><script>var x = '<p>non</p>';",
]


@pytest.mark.parametrize(
    "html", UNBALANCED_HTML, ids=[f"html{k}" for k in range(len(UNBALANCED_HTML))]
)
def test_unbalanced_html(html: str) -> None:
    doc = parse_text(html, layout="html")
    assert_sound(doc)
    assert doc.text.strip()
    # The first and last words outside tags are there (what follows an unclosed
    # comment or script is, like in a browser, not text).
    visible = re.sub(r"<[^<>]*>", " ", html)
    first = _words(visible)[0]
    assert first in doc.text


@pytest.mark.slow
def test_many_navigation_blocks() -> None:
    """Each navigation range was compared with every offset anchor (quadratic in the page)."""
    n = 20_000
    html = (
        "<html><body>"
        + "".join(f"<nav><a href='#'>Menu {k}</a></nav><p>{_SAID} ({k}).</p>\n" for k in range(n))
        + "</body></html>"
    )
    doc = parse_text(html, layout="html")
    assert_sound(doc, round_trip=False)
    assert Counter(x.reason for x in doc.noise) == {"navigation": n}
    assert [b.text for b in doc.blocks()] == [f"{_SAID} ({k})." for k in range(n)]


@pytest.mark.slow
def test_many_gapped_rows_between_paragraphs() -> None:
    """Each row cut into columns under a lead-in was compared with every gapped row of the
    page (quadratic: 2 000 rows took 6 s, ten times the linear parse)."""
    n = 20_000
    text = "".join(
        f"{_SAID} ({k}) :\n\nLagos      Abuja      Kano{k % 7}      Ibadan\n\n" for k in range(n)
    )
    doc = parse_text(text, language="fr")
    assert_sound(doc, round_trip=False)
    # a bar the page prints again and again: a menu (the page's first line, over it, is
    # read as the site's chrome around it)
    assert sum(x.text.startswith("Lagos") for x in doc.noise) == n
    assert len(doc.blocks()) == n - 1


# A paragraph of running text: a four-word line between two menus would rightly be read as
# part of the menus (the layout stage's neighbour rule), which is not what this test is about.
_SAID = "Le Conseil décide de renforcer la coopération avec ses partenaires contre le terrorisme"


# ----------------------------------------------------------------------------- backtracking
ATTACKS = {
    # Markdown heading with a long run of blanks and no closing hashes.
    "heading-tail": ("# Titre" + " " * 500_000 + "x\n", "markdown"),
    "heading-tail-tabs": ("# Titre" + " \t" * 250_000 + "#x\n", "markdown"),
    # Many first words of a two-word chrome pattern, and never the second.
    "chrome-subscribe": ("subscribe " * 60_000, "text"),
    "chrome-cookies": ("newsletter " + "cookies " * 60_000, "text"),
    "chrome-abonnez": ("abonnez-vous " * 40_000, "text"),
    "caption-exercise": ("approaches " * 50 + "x " * 60_000, "text"),
    "high-definition": ("high definition " * 40_000, "text"),
    # A clause number a million levels deep, and many numbers just past the limit.
    "deep-number": ("1." * 500_000 + "1 texte\n", "text"),
    "numbers-65": (("1." * 64 + "1 x\n") * 5_000, "text"),
    # Python's html.parser from every unclosed "<".
    "html-lt": ("<p>x</p>" + "<a" * 200_000, "html"),
    "html-lt-space": ("<p>x</p>" + "< a" * 100_000 + ">", "html"),
    # Emphasis and tag openers that never close on a long line.
    "italic": ("*a " * 150_000, "markdown"),
    "tags": ("<sup " * 100_000, "markdown"),
    # Long runs of what date and actor scanners look at.
    "years": ("2003 " * 100_000, "text"),
    "months": ("juin mai " * 60_000, "text"),
    "capitals": ("Conseil OTAN " * 40_000, "text"),
    "separators": ("-/-/" * 100_000, "text"),
    # An unnumbered lead-in whose colon-led items never end (the inline reader's candidates
    # grow with the square of a paragraph: a 140 KB one took 35 s before it was capped).
    "colon-items": ("Les autorités pourront imposer : " + "a) un périmètre ; " * 8_000, "text"),
    # the same run in a numbered paragraph, read by the inline readers (each label once asked
    # whether a quotation was open before it re-read the prefix: 8 000 labels took 8 s)
    "numbered-items": ("1. The authorities may impose: " + "(a) a perimeter; " * 8_000, "text"),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ATTACKS))
def test_backtracking_inputs_complete_soundly(name: str) -> None:
    text, layout = ATTACKS[name]
    doc = parse_text(text, layout=layout)  # type: ignore[arg-type]
    assert_sound(doc, round_trip=False)


def test_pdf_hyphen_chain_is_linear() -> None:
    from ctdocs.readers.pdf.paragraphs import _BROKEN_RE

    chain = "a-" * 300_000
    assert _BROKEN_RE.search(chain + "a x") is None
    m = _BROKEN_RE.search("voir " + chain + "b-")
    assert m is not None and m.group(1) == chain + "b"
    # Same answers as the unguarded pattern on short lines.
    plain = re.compile(r"(\w+(?:[-\u2010]\w+)*)[-\u2010\u00ad]$")
    for line in ("ter-", "anti-ter-", "x--ab-", "a -b-", "OTAN-", "mot\u00ad", "- a-", "12-"):
        a, b = plain.search(line), _BROKEN_RE.search(line)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), line


# ----------------------------------------------------------------------------- PDF
PDF_PAGES = 2000
_PROSE = (
    "le Conseil de sécurité décide que les États préviendront et réprimeront le financement "
    "du terrorisme les Partenaires renforceront la coopération avec l'OTAN contre les engins "
    "explosifs improvisés the Allies will strengthen border control and the exchange of "
    "information with the European Union protection des infrastructures critiques formation"
)
_VOCAB = _PROSE.split()


def _number(n: int) -> str:
    """Paragraph n as 1.1 … 1.100, 2.1 …: clause numbers have at most three digits a level."""
    return f"{(n - 1) // 100 + 1}.{(n - 1) % 100 + 1}"


def _big_pdf(pages: int) -> tuple[bytes, int]:
    """``pages`` pages: a symbol at the head, numbered paragraphs, a page number at the foot.
    Words are drawn from a seeded generator so that no line recurs from page to page
    (a recurring line at the top of a page is, rightly, a running head)."""
    rng = random.Random(pages)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    n = 0
    for page in range(1, pages + 1):
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(523, 800, "S/2003/82")
        y = 760.0
        for _ in range(6):
            n += 1
            words = [rng.choice(_VOCAB) for _ in range(rng.randint(10, 30))]
            c.setFont("Helvetica", 10)
            for line in simpleSplit(f"{_number(n)} Les {' '.join(words)}.", "Helvetica", 10, 451):
                c.drawString(72, y, line)
                y -= 13
            y -= 9
        c.setFont("Helvetica", 9)
        c.drawCentredString(297, 40, str(page))
        c.showPage()
    c.save()
    return buf.getvalue(), n


@pytest.fixture(scope="session")
def big_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The 2 000-page PDF, made once per test session."""
    data, paragraphs = _big_pdf(PDF_PAGES)
    path = tmp_path_factory.mktemp("pdf") / f"{PDF_PAGES}-pages.pdf"
    path.write_bytes(data)
    return path, paragraphs


@pytest.mark.slow
def test_pdf_with_2000_pages(big_pdf: tuple[Path, int]) -> None:
    path, paragraphs = big_pdf
    doc: Document = parse_document(path)
    assert doc.source.pages == PDF_PAGES
    assert_sound(doc)
    clauses = doc.clauses()
    assert [c.number for c in clauses] == [_number(k) for k in range(1, paragraphs + 1)]
    assert all(isinstance(c, Clause) and c.page is not None for c in clauses)
    pages = [c.page or 0 for c in clauses]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == PDF_PAGES
    reasons = Counter((n.reason, n.text) for n in doc.noise if n.reason == "page-number")
    assert len(reasons) == PDF_PAGES  # one page number per page, each kept as noise


# ----------------------------------------------------------------------------- limits
def _pdf_pages(n: int) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for k in range(1, n + 1):
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, f"{k}. Le Conseil de sécurité décide, page {k}.")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_pdf_page_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf_pages(3)
    monkeypatch.setenv("CTDOCS_MAX_PAGES", "2")
    # pages are counted on the page tree, which stops one past the limit
    message = r"big\.pdf: at least 3 pages .* limit of 2 pages.*CTDOCS_MAX_PAGES"
    with pytest.raises(InputTooLargeError, match=message):
        parse_document(data, name="big.pdf")
    monkeypatch.setenv("CTDOCS_MAX_PAGES", "3")
    assert parse_document(data, name="big.pdf").source.pages == 3


def test_text_limit_counts_utf8_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CTDOCS_MAX_BYTES", "100")
    assert parse_text("é" * 50).source.size == 100  # 50 characters, 100 bytes: at the limit
    with pytest.raises(InputTooLargeError, match="102 bytes in UTF-8 is over the limit of 100"):
        parse_text("é" * 51)  # 51 characters: under the limit in characters, not in bytes
    with pytest.raises(InputTooLargeError, match="101 characters"):
        parse_text("e" * 101)
    monkeypatch.setenv("CTDOCS_MAX_BYTES", "²")  # not a number int() reads: ignored, no crash
    assert parse_text("é" * 51).source.size == 102


def test_layout_that_parse_text_does_not_read() -> None:
    with pytest.raises(InputError, match="layout 'pdf'"):
        parse_text("1. Texte.", layout="pdf")  # type: ignore[arg-type]


def _nested(depth: int) -> str:
    return '{"schema_version": "1.0", "blocks": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize("depth", [100, 100_000])
def test_deeply_nested_json_is_refused_not_a_crash(depth: int) -> None:
    with pytest.raises(SchemaVersionError):
        load_json(_nested(depth), name="deep.json")


def test_validate_json_on_deeply_nested_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ctdocs.views._jsoncheck import validate_json_file

    path = tmp_path / "deep.json"
    path.write_text(_nested(100_000), encoding="utf-8")
    assert validate_json_file(str(path)) == 2
    assert "nested too deeply" in capsys.readouterr().out
