"""DOCX input: Word's automatic numbering as Word shows it, notes, furniture, revisions, errors.

The documents are written by ``tests/docxgen`` (the numbering parts included);
the expected numbers below were worked out by hand from the definitions.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from ctdocs import parse_document
from ctdocs.readers.docx import docx_to_text
from ctdocs.readers.docx.numbering import format_number

from ._compare import F1
from ._docxzip import _zip
from .conftest import parsed
from .docxgen.fromtext import text_to_docx
from .docxgen.package import Doc, level, para, run

ROOT = Path(__file__).resolve().parents[1]
LO = Path(__file__).parent / "docxgen" / "lo"


def paras(doc: Doc) -> list[str]:
    """The paragraphs the reader writes (Markdown marks kept)."""
    return docx_to_text(doc.bytes(), "t.docx").text.split("\n\n")


# ---- number formats ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "fmt", "want"),
    [
        (3, "decimal", "3"),
        (4, "decimalZero", "04"),
        (12, "decimalZero", "12"),
        (1, "lowerLetter", "a"),
        (26, "lowerLetter", "z"),
        (27, "lowerLetter", "aa"),
        (2, "upperLetter", "B"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (1999, "lowerRoman", "mcmxcix"),
        (5, "none", ""),
        (7, "ordinalText", "7"),
    ],
)
def test_format_number(value: int, fmt: str, want: str) -> None:
    assert format_number(value, fmt) == want


# ---- the counter state machine, FR and EN texts side by side -----------------------------


@pytest.mark.parametrize(
    "words", [("Objet", "Portée", "Définitions"), ("Purpose", "Scope", "Definitions")]
)
def test_multilevel_counters_restart_deeper_levels(words: tuple[str, str, str]) -> None:
    d = Doc()
    aid = d.abstract([level(0, "%1."), level(1, "%1.%2"), level(2, "(%3)", "lowerLetter")])
    n = d.num(aid)
    a, b, c = words
    d.body += [
        para(run(a), num=(n, 0)),
        para(run(b), num=(n, 1)),
        para(run(c), num=(n, 2)),
        para(run(c), num=(n, 2)),
        para(run(b), num=(n, 1)),
        para(run(c), num=(n, 2)),
        para(run("texte / text")),  # an unnumbered paragraph does not break the list
        para(run(a), num=(n, 0)),
        para(run(b), num=(n, 1)),
        para(run(c), num=(n, 2)),
    ]
    assert [p.split(" ")[0] for p in paras(d)] == [
        "1.",
        "1.1",
        "(a)",
        "(b)",
        "1.2",
        "(a)",
        "texte",
        "2.",
        "2.1",
        "(a)",
    ]


def test_lvlrestart_zero_never_restarts_and_islgl_shows_arabic() -> None:
    d = Doc()
    aid = d.abstract(
        [
            level(0, "Article %1", "upperRoman", suff="space"),
            level(1, "%2)", "lowerLetter", restart=0),
            level(2, "%1.%2.%3", legal=True),
        ]
    )
    n = d.num(aid)
    d.body += [
        para(run("x"), num=(n, 0)),
        para(run("y"), num=(n, 1)),
        para(run("x"), num=(n, 0)),
        para(run("y"), num=(n, 1)),
        para(run("z"), num=(n, 2)),
    ]
    assert paras(d) == ["Article I x", "a) y", "Article II x", "b) y", "2.2.1 z"]


def test_start_override_restarts_and_instances_of_one_list_continue() -> None:
    d = Doc()
    aid = d.abstract([level(0, "(%1)", "lowerRoman", start=2)])
    first, same, restart = d.num(aid), d.num(aid), d.num(aid, {0: 5})
    d.body += [
        para(run("a"), num=(first, 0)),
        para(run("b"), num=(first, 0)),
        para(run("c"), num=(same, 0)),  # another instance, no override: goes on
        para(run("d"), num=(restart, 0)),
        para(run("e"), num=(restart, 0)),
        para(run("f"), num=("0", 0)),
    ]  # numId 0: numbering off
    assert paras(d) == ["(ii) a", "(iii) b", "(iv) c", "(v) d", "(vi) e", "f"]


def test_numbered_heading_styles_and_numstylelink() -> None:
    d = Doc()
    heads = d.abstract(
        [level(0, "%1.", style="Heading1"), level(1, "%1.%2", style="Heading2")],
        '<w:styleLink w:val="Outline"/>',
    )
    linked = d.abstract([], '<w:numStyleLink w:val="Outline"/>')
    n = d.num(heads)
    via_link = d.num(linked)
    d.styles += [
        '<w:style w:type="numbering" w:styleId="Outline"><w:name w:val="Outline"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{n}"/></w:numPr></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        f'<w:pPr><w:numPr><w:numId w:val="{n}"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
        "</w:style>",
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>',
    ]
    d.body += [
        para(run("Scope"), "Heading1"),
        para(run("Terms"), "Heading2"),
        para(run("Body text.")),
        para(run("Terms bis"), "Heading2"),
        para(run("Champ"), "Heading1"),
        para(run("Item"), num=(via_link, 1)),
        para(run("Outline 2"), extra_ppr='<w:outlineLvl w:val="1"/>'),
        para(run("Not a heading"), "Heading1", num=("0", 0), extra_ppr='<w:outlineLvl w:val="9"/>'),
    ]
    assert paras(d) == [
        "# 1. Scope",
        "## 1.1 Terms",
        "Body text.",
        "## 1.2 Terms bis",
        "# 2. Champ",
        "2.1 Item",
        "## Outline 2",
        "Not a heading",
    ]


def test_bullets_none_and_suffixes() -> None:
    d = Doc()
    aid = d.abstract(
        [
            level(0, "\uf0b7", "bullet"),
            level(1, "", "none"),
            level(2, "%3.", "decimalZero", suff="nothing"),
        ]
    )
    n = d.num(aid)
    d.body += [
        para(run("point"), num=(n, 0)),
        para(run("bare"), num=(n, 1)),
        para(run("tight"), num=(n, 2)),
    ]
    assert paras(d) == ["\u2022 point", "bare", "01.tight"]


# ---- notes, furniture, revisions, fields, boxes, links ------------------------------------


@pytest.mark.parametrize(
    ("body", "note"),
    [
        ("La Convention est entrée en vigueur", "Adoptée par l'Assemblée générale."),
        ("The Convention entered into force", "Adopted by the General Assembly."),
    ],
)
def test_footnotes_are_linked_and_furniture_is_noise(body: str, note: str) -> None:
    d = Doc()
    d.body.append(para(run(body) + '<w:r><w:footnoteReference w:id="1"/></w:r>' + run(".")))
    d.footnotes.append(
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + note)}</w:p></w:footnote>'
    )
    d.header = para(run("S/RES/1373 (2001)"))
    d.footer = para(run("Page 3"))
    doc = parse_document(d.bytes(), name="n.docx")
    assert doc.text.startswith(body + "1.")
    notes = [b for b in doc.blocks() if getattr(b, "role", None) == "footnote"]
    assert [n.text for n in notes] == [f"1 {note}"]
    assert [(r.text, r.note) for r in doc.footnote_refs] == [("1", notes[0].id)]
    reasons = {n.text: n.reason for n in doc.noise}
    assert reasons["S/RES/1373 (2001)"] == "page-header"
    assert reasons["Page 3"] == "page-footer"


def test_endnotes_numbered_as_the_settings_say() -> None:
    d = Doc()
    d.settings = '<w:endnotePr><w:numFmt w:val="decimal"/><w:numStart w:val="4"/></w:endnotePr>'
    d.body.append(para(run("Texte") + '<w:r><w:endnoteReference w:id="7"/></w:r>'))
    data = bytearray(d.bytes())
    z = zipfile.ZipFile(io.BytesIO(bytes(data)))
    members = {n: z.read(n) for n in z.namelist()}
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    members["word/endnotes.xml"] = (
        f'<w:endnotes {ns}><w:endnote w:id="7"><w:p><w:r><w:endnoteRef/></w:r>'
        f"{run(' Note de fin.')}</w:p></w:endnote></w:endnotes>"
    ).encode()
    members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>',
    )
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/endnotes.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>',
    )
    doc = parse_document(_zip(members), name="e.docx")
    assert doc.text.startswith("Texte4")
    assert [(r.text, doc.block(r.note).text) for r in doc.footnote_refs] == [
        ("4", "4 Note de fin.")
    ]


def test_revisions_fields_boxes_links_and_tables() -> None:
    d = Doc()
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + run("article 4")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    box = (
        '<w:r><w:drawing><wp:inline xmlns:wp="x"><w:txbxContent>'
        + para(run("Encadré"))
        + "</w:txbxContent></wp:inline></w:drawing></w:r>"
    )
    d.body += [
        para(
            run("Les États ")
            + '<w:ins w:id="1">'
            + run("doivent")
            + "</w:ins>"
            + '<w:del w:id="2"><w:r><w:delText>peuvent</w:delText></w:r></w:del>'
            + run(" agir.")
        ),
        para(
            run("See ")
            + field
            + run(" and ")
            + '<w:fldSimple w:instr=" PAGE ">'
            + run("7")
            + "</w:fldSimple>"
        ),
        para(run("Texte") + box),
        para('<w:hyperlink r:id="rId9">' + run("www.un.org") + "</w:hyperlink>"),
        "<w:tbl><w:tr><w:tc>"
        + para(run("A1"))
        + para(run("A1 bis"))
        + "</w:tc><w:tc>"
        + para(run("B1"))
        + "</w:tc></w:tr></w:tbl>",
    ]
    gone = '<w:pPr><w:rPr><w:del w:id="3"/></w:rPr></w:pPr>'
    n = d.num(d.abstract([level(0, "%1.")]))
    d.body += [
        f"<w:p>{gone}{run('Deleted mark, ')}</w:p>",
        para(run("joined."), num=(n, 0)),
        para(run("Next."), num=(n, 0)),
    ]
    assert paras(d) == [
        "Les États doivent agir.",
        "See article 4 and 7",
        "Texte",
        "Encadré",
        "www.un.org",
        "A1",
        "A1 bis",
        "B1",
        "1. Deleted mark, joined.",
        "2. Next.",
    ]


@pytest.mark.parametrize(
    ("title", "sub", "body"),
    [
        ("Stratégie antiterroriste", "Prévention", "Les États coopèrent."),
        ("Counter-Terrorism Strategy", "Prevention", "States cooperate."),
    ],
)
def test_type_size_and_bold_are_heading_signals(title: str, sub: str, body: str) -> None:
    def sized(text: str, half_points: int) -> str:
        return f'<w:r><w:rPr><w:sz w:val="{half_points}"/></w:rPr><w:t>{text}</w:t></w:r>'

    d = Doc()
    text = " ".join([body] * 8)  # the body size is the size of most characters
    d.body += [
        para(sized(title, 32)),
        para(sized(sub, 28)),
        para(run(text)),
        para(run(text) + run(" " + sub, bold=True)),
        para(run(text)),
        para(sized(" ".join([body] * 13), 28)),
    ]  # over 200 characters: no heading
    assert paras(d) == [
        f"# {title}",
        f"## {sub}",
        text,
        f"{text} **{sub}**",
        text,
        " ".join([body] * 13),
    ]


@pytest.mark.parametrize(
    "words", [("Les États coopèrent.", "Ils échangent."), ("States cooperate.", "They share.")]
)
def test_a_table_row_of_single_paragraphs_is_one_line(words: tuple[str, str]) -> None:
    d = Doc()
    n = d.num(d.abstract([level(0, "%1.")]))

    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in cells) + "</w:tr>"

    d.body.append(
        "<w:tbl>"
        + row(para("", num=(n, 0)), para(run(words[0])))
        + row(para(run("2.")), para(run(words[1])))
        + "</w:tbl>"
    )
    assert paras(d) == [f"1. {words[0]}", f"2. {words[1]}"]


def test_offsets_map_the_rendered_number_to_its_paragraph() -> None:
    d = Doc()
    n = d.num(d.abstract([level(0, "%1.")]))
    d.body += [para(run("Premier alinéa.")), para(run("Second alinéa."), num=(n, 0))]
    out = docx_to_text(d.bytes(), "t.docx")
    assert out.text == "Premier alinéa.\n\n1. Second alinéa."
    k = out.text.index("1.")
    # the notional input is each paragraph's own text plus a line end: "Second" is at 16
    at = max(a for a in out.anchors if a[0] <= k)
    assert at[1] + (k - at[0]) == 16


# ---- the corpus: text versions against Word-numbered and typed .docx ----------------------

DEV = ROOT / "tests" / "devcorpus"
CORPUS = [
    *sorted((ROOT / "data" / "raw").glob("*.txt")),
    *(
        DEV / "raw" / n
        for n in (
            "en-un-convention-against-taking-of-hostages-1979.txt",
            "en-ca-prevention-of-terrorist-travel-act.txt",
            "fr-ca-loi-prevention-voyages-de-terroristes.txt",
            "en-ca-secure-air-travel-act.txt",
            "en-osce-pa-baku-2014-ct-resolution.txt",
            "en-eu-reg-2580-2001-legalize.txt",
            "fr-onu-unis-contre-terrorisme-2006-vii.txt",
            "en-ca-justice-for-victims-of-terrorism-act.txt",
            "fr-ca-loi-justice-victimes-actes-de-terrorisme.txt",
            "fr-ca-loi-enregistrement-organismes-bienfaisance-securite.txt",
        )
    ),
]


def _gold(path: Path) -> list[str]:
    base = (
        ROOT / "tests" / "gold"
        if path.parent.name == "raw" and "data" in path.parts
        else DEV / "gold"
    )
    return [
        c["number"]
        for c in json.loads((base / (path.stem + ".json")).read_text(encoding="utf-8"))["clauses"]
    ]


@pytest.mark.parametrize("auto", [True, False], ids=["word-numbered", "typed"])
@pytest.mark.parametrize("path", CORPUS, ids=[p.stem[:28] for p in CORPUS])
def test_docx_gives_the_clause_tree_of_its_text(path: Path, auto: bool) -> None:
    text = path.read_text(encoding="utf-8")
    data = text_to_docx(text, auto=auto)
    want = parsed(path)
    got = parse_document(data, name=path.stem + ".docx")
    tree = [(c.number, c.parent_number, c.depth) for c in got.clauses()]
    assert tree == [(c.number, c.parent_number, c.depth) for c in want.clauses()]
    f1 = F1()
    f1.add(set(_gold(path)), {c.number for c in got.clauses()})
    assert f1.f1 == 1.0


def test_generated_corpus_uses_every_numbering_feature() -> None:
    seen = {
        "numPr": 0,
        "startOverride": 0,
        "style-numbering": 0,
        "numId-0": 0,
        "%1.%2": 0,
        "lowerLetter": 0,
        "lowerRoman": 0,
    }
    for path in CORPUS:
        z = zipfile.ZipFile(io.BytesIO(text_to_docx(path.read_text(encoding="utf-8"), auto=True)))
        body, nums = z.read("word/document.xml"), z.read("word/numbering.xml")
        styles = z.read("word/styles.xml")
        seen["numPr"] += body.count(b"<w:numPr>")
        seen["startOverride"] += nums.count(b"startOverride")
        seen["style-numbering"] += styles.count(b"<w:numPr>")
        seen["numId-0"] += body.count(b'<w:numId w:val="0"/>')
        for k in ("%1.%2", "lowerLetter", "lowerRoman"):
            seen[k] += nums.count(k.encode())
    assert all(seen.values()), seen


# ---- checked once against LibreOffice (soffice --headless --convert-to txt) ---------------

LO_CASES = {
    "hostages": DEV / "raw" / "en-un-convention-against-taking-of-hostages-1979.txt",
    "fr-ca-prevention": DEV / "raw" / "fr-ca-loi-prevention-voyages-de-terroristes.txt",
    "en-osce-baku": DEV / "raw" / "en-osce-pa-baku-2014-ct-resolution.txt",
    "seed001": ROOT / "data" / "raw" / "001_f60dafd6480beac2.txt",
}


@pytest.mark.parametrize("name", sorted(LO_CASES))
def test_numbers_as_libreoffice_renders_them(name: str) -> None:
    data = text_to_docx(LO_CASES[name].read_text(encoding="utf-8"), auto=True)
    mine = [re.sub(r"^#+ ", "", p) for p in docx_to_text(data, name).text.split("\n\n")]
    lo = [
        ln for ln in (LO / f"{name}.txt").read_text(encoding="utf-8-sig").splitlines() if ln.strip()
    ]

    def norm(s: str) -> str:  # bold marks are ours, the tab after a number is a space
        return re.sub(r"\s+", " ", s.replace("**", "")).strip()

    assert [norm(m) for m in mine] == [norm(x) for x in lo]


@pytest.mark.parametrize("name", ["hostages", "fr-ca-prevention"])
def test_docx_saved_by_libreoffice_gives_the_clause_tree(name: str) -> None:
    """Our generated files opened and saved again by LibreOffice (its own numbering XML)."""
    want = parse_document(LO_CASES[name])
    got = parse_document(LO / f"{name}.lo.docx")
    assert [(c.number, c.parent_number) for c in got.clauses()] == [
        (c.number, c.parent_number) for c in want.clauses()
    ]


def test_word_template_lists_as_libreoffice_renders_them() -> None:
    """python-docx's default template: list styles and numbering written by Word itself."""
    import docx

    d = docx.Document()
    d.add_heading("Plan d'action", 1)
    for t in ("Premier point", "Deuxième point"):
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Sous-point", style="List Number 2")  # a list of its own in Word's template
    d.add_paragraph("Troisième point", style="List Number")
    d.add_paragraph("Puce", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    mine = [re.sub(r"^#+ ", "", p) for p in docx_to_text(buf.getvalue(), "t").text.split("\n\n")]
    lo = (LO / "word-template-lists.txt").read_text(encoding="utf-8-sig").splitlines()
    assert mine == [ln.strip() for ln in lo if ln.strip()]
