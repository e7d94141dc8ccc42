"""Metamorphic layout tests: a change of layout that leaves the gold alone leaves the parse
alone. Each text is parsed as it is and again after a transform of ``tests/_metamorphic``
(PDF reflow, pages with a running head and folio, a web page, Windows line ends, blank
lines dropped); the clause tree (numbers, parents, titles, first words) must not move.
The seeds are French; our own short resolutions give the English rows beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import Document, parse_document
from ctdocs.normalise._text import normalise
from tests._compare import first_words, norm_title
from tests._metamorphic import TRANSFORMS, GoldLines
from tests.conftest import SEEDS, gold, parsed

Tree = list[tuple[str, str | None, str, str]]


def tree(doc: Document) -> Tree:
    return [
        (c.number, c.parent_number, norm_title(c.title), first_words(c.text, 5))
        for c in doc.clauses()
    ]


def transformed(text: str, lines: GoldLines, name: str, transform: str, tmp: Path) -> Tree | None:
    variant = TRANSFORMS[transform](text, lines, name)
    if variant is None:
        return None
    path = tmp / f"{name}{variant.suffix}"
    path.write_bytes(variant.text.encode("utf-8"))
    return tree(parse_document(path))


# Seeds with clauses (the other two have none, so no tree could move).
CLAUSED_SEEDS = [p for p in SEEDS if gold(p)["clauses"]]
SEED_TRANSFORMS = ("pdf-wrap", "pages", "html", "ws-crlf", "ws-blank0")


@pytest.mark.parametrize("transform", SEED_TRANSFORMS)
@pytest.mark.parametrize("seed", CLAUSED_SEEDS, ids=[p.stem[:3] for p in CLAUSED_SEEDS])
def test_a_seed_keeps_its_clause_tree(seed: Path, transform: str, tmp_path: Path) -> None:
    lines = GoldLines.from_gold(gold(seed))
    got = transformed(seed.read_text(encoding="utf-8"), lines, seed.stem, transform, tmp_path)
    if got is None:
        pytest.skip(f"{transform} does not apply to {seed.stem}")
    assert got == tree(parsed(seed))


# Our own resolutions, one per language, in an assembly's plain-text style: a section
# heading, numbered paragraphs, lettered sub-paragraphs, a run-in title.
RESOLUTIONS = {
    "fr": (
        "Assemblée parlementaire\n\n"
        "Résolution 777 sur la lutte contre les engins explosifs improvisés\n\n"
        "L'Assemblée,\n\n"
        "1. Rappelant que les engins explosifs improvisés restent la première cause de pertes "
        "parmi les forces déployées et les populations civiles des zones de conflit ;\n\n"
        "2. Notant les progrès accomplis par les centres d'excellence dans la formation des "
        "équipes de neutralisation ;\n\n"
        "Prévention\n\n"
        "3. Prie instamment les gouvernements membres :\n\n"
        "a) de partager avec leurs partenaires les informations sur les précurseurs "
        "d'explosifs vendus sur leur territoire ;\n\n"
        "b) d'entraîner ensemble leurs premiers intervenants et leurs équipes cynophiles ;\n\n"
        "4. Formation. Invite les États partenaires à ouvrir leurs exercices aux observateurs "
        "de l'Assemblée et à publier leurs retours d'expérience.\n"
    ),
    "en": (
        "Parliamentary Assembly\n\n"
        "Resolution 777 on countering improvised explosive devices\n\n"
        "The Assembly,\n\n"
        "1. Recalling that improvised explosive devices remain the first cause of casualties "
        "among deployed forces and the civilians of conflict zones;\n\n"
        "2. Noting the progress made by the centres of excellence in training disposal "
        "teams;\n\n"
        "Prevention\n\n"
        "3. Urges member governments:\n\n"
        "(a) to share with their partners the information on explosive precursors sold on "
        "their territory;\n\n"
        "(b) to train their first responders and their canine teams together;\n\n"
        "4. Training. Invites partner states to open their exercises to the observers of the "
        "Assembly and to publish the lessons they learn.\n"
    ),
}
RESOLUTION_LINES = {
    "fr": GoldLines(
        "fr", frozenset(), frozenset({"prévention"}), ("Formation",), frozenset(), "Résolution 777"
    ),
    "en": GoldLines(
        "en", frozenset(), frozenset({"prevention"}), ("Training",), frozenset(), "Resolution 777"
    ),
}
OWN_TRANSFORMS = ("pdf-wrap", "pages", "markdown", "html", "ws-nbsp", "ws-blank0")


@pytest.mark.parametrize("transform", OWN_TRANSFORMS)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_resolution_keeps_its_clause_tree(lang: str, transform: str, tmp_path: Path) -> None:
    text, lines = RESOLUTIONS[lang], RESOLUTION_LINES[lang]
    original = tree(parse_document((text * 1).encode("utf-8")))
    # checked by hand: four paragraphs, 3 holds (a) and (b), 4 has a run-in title
    assert [(n, p) for n, p, _, _ in original] == [
        ("1", None),
        ("2", None),
        ("3", None),
        ("3(a)", "3"),
        ("3(b)", "3"),
        ("4", None),
    ]
    assert original[-1][2] == ("formation" if lang == "fr" else "training")
    got = transformed(text, lines, f"resolution-{lang}", transform, tmp_path)
    assert got is not None
    assert got == original


# A consolidated statute printed page by page (our own act, in a statute site's Markdown):
# a subsection "(1)" at a page's foot whose "(2)" opens the next page under its marginal
# note, a heading whose words start on the next page, a bracketed note of repeal beside
# a page break. None of them is page furniture.
STATUTES = {
    "fr": (
        "# Loi sur la sûreté des explosifs\n\n## Licences\n\n### 8 Inspections\n\n"
        "L'inspecteur peut visiter tout lieu visé au paragraphe (1) de l'article 7.\n\n"
        "### 9 Permis\n\n(1) Le ministre peut délivrer des permis d'importation d'explosifs.\n\n"
        "- 2 -\n\fLoi sur la sûreté des explosifs\n\n**Interdiction sans permis**\n\n"
        "(2) Nul ne peut importer d'explosifs sans permis.\n\n### 10 Objet\n\n\n"
        "- 3 -\n\fLoi sur la sûreté des explosifs\n\n"
        "La présente loi a pour objet de protéger le public.\n\n"
        "### 11\n\n[Abrogé, 2024, ch. 3, art. 2]\n\n"
        "- 4 -\n\fLoi sur la sûreté des explosifs\n\n"
        "### 12 Infraction\n\nQuiconque contrevient à l'article 9 commet une infraction.\n\n"
        "### 13\n\n[Abrogé, 2024, ch. 3, art. 2]\n\n"
        "- 5 -\n\fLoi sur la sûreté des explosifs\n\n### 14 Entrée en vigueur\n\n"
        "La présente loi entre en vigueur à la date de sa sanction.\n"
    ),
    "en": (
        "# Explosives Safety Act\n\n## Licences\n\n### 8 Inspections\n\n"
        "An inspector may enter any place referred to in subsection (1) of section 7.\n\n"
        "### 9 Permits\n\n(1) The Minister may issue permits for the importation of "
        "explosives.\n\n- 2 -\n\fExplosives Safety Act\n\n**No import without permit**\n\n"
        "(2) No person shall import explosives without a permit.\n\n### 10 Purpose\n\n\n"
        "- 3 -\n\fExplosives Safety Act\n\nThe purpose of this Act is to protect the public.\n\n"
        "### 11\n\n[Repealed, 2024, c. 3, s. 2]\n\n"
        "- 4 -\n\fExplosives Safety Act\n\n"
        "### 12 Offence\n\nEvery person who contravenes section 9 is guilty of an offence.\n\n"
        "### 13\n\n[Repealed, 2024, c. 3, s. 2]\n\n"
        "- 5 -\n\fExplosives Safety Act\n\n### 14 Coming into force\n\n"
        "This Act comes into force on the day it is assented to.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_breaks_in_a_statute_are_no_notes_or_running_heads(lang: str, tmp_path: Path) -> None:
    path = tmp_path / f"statute-{lang}.md"
    path.write_text(STATUTES[lang], encoding="utf-8")
    got = {c.number: c for c in parse_document(path).clauses()}
    assert list(got) == ["8", "9", "9(1)", "9(2)", "10", "11", "12", "13", "14"]
    assert got["9(1)"].text.startswith(("Le ministre", "The Minister"))
    assert got["9(2)"].title in ("Interdiction sans permis", "No import without permit")
    assert got["10"].text.startswith(("La présente loi a pour objet", "The purpose"))
    assert got["11"].text.startswith("[") and got["13"].text.startswith("[")
    assert all("- 3 -" not in c.text and "\f" not in c.text for c in got.values())


# A press release quoting a resolution paragraph by paragraph, each paragraph opened by a
# quotation mark, lines with no blank line between them (our own text).
QUOTED = {
    "fr": (
        "Le Conseil de sécurité condamne les attentats\n\n"
        "Le texte intégral de la résolution 9999 (2026) se lit comme suit :\n"
        "«Le Conseil de sécurité,\n"
        "«Réaffirmant les buts et principes de la Charte des Nations Unies,\n"
        "«1. Condamne avec la plus grande fermeté les attentats terroristes du 3 mars 2026;\n"
        "«2. Décide de demeurer saisi de la question.»\n"
    ),
    "en": (
        "Security Council Condemns Attacks\n\n"
        "The full text of resolution 9999 (2026) reads as follows:\n"
        "\u201cThe Security Council,\n"
        "\u201cReaffirming the purposes and principles of the Charter of the United Nations,\n"
        "\u201c1. Condemns in the strongest terms the terrorist attacks of 3 March 2026;\n"
        "\u201c2. Decides to remain seized of the matter.\u201d\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quoted_paragraphs_without_blank_lines_are_clauses(lang: str) -> None:
    doc = parse_document(QUOTED[lang].encode("utf-8"))
    got = [(c.number, first_words(c.text, 2)) for c in doc.clauses()]
    first = {"fr": ("condamne avec", "décide de"), "en": ("condemns in", "decides to")}[lang]
    assert got == [("1", first[0]), ("2", first[1])]


# Hard-wrapped text (a PDF copy, our own lines, each filling a 76-79 character column).
WRAPPED = {
    "fr": [
        "La Convention du Conseil de l'Europe pour la prévention du terrorisme (ci-après",
        "« la Convention ») a été ouverte à la signature à Varsovie le 16 mai 2005 et",
        "elle est entrée en vigueur le 1er juin 2007 après sa sixième ratification par",
        "les États membres, qui se sont engagés à ériger en infractions pénales dans",
        "leur droit interne la provocation publique, le recrutement et l'entraînement",
        "pour le terrorisme et à coopérer entre eux dans les enquêtes sur ces faits.",
    ],
    "en": [
        "The Council of Europe Convention on the Prevention of Terrorism (CETS 196",
        "\u201cWarsaw Convention\u201d) was opened for signature in Warsaw on 16 May 2005 and it",
        "entered into force on 1 June 2007 after its sixth ratification by member",
        "states, which undertook to make public provocation, recruitment and the",
        "training for terrorism criminal offences under their domestic law and to",
        "cooperate with each other in the investigation of those offences.",
    ],
}
ROWS = {
    "fr": [
        "Édition spéciale en tchèque : Chapitre 18 Volume 001 P. 292 - 293",
        "Édition spéciale en estonien : Chapitre 18 Volume 001 P. 292 - 293",
        "Édition spéciale en letton : Chapitre 18 Volume 001 P. 292 - 293",
    ],
    "en": [
        "Special edition in Czech: Chapter 18 Volume 001 P. 292 - 293",
        "Special edition in Estonian: Chapter 18 Volume 001 P. 292 - 293",
        "Special edition in Latvian: Chapter 18 Volume 001 P. 292 - 293",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wrapped_line_inside_brackets_goes_on(lang: str) -> None:
    block = "\n".join(WRAPPED[lang])
    text = normalise(f"{block}\n\n{block}\n", markdown=False).text  # twice: 12 wrapped lines
    # the bracket opened at the end of the first line closes on the second
    assert [ln for ln in text.split("\n") if ln] == [" ".join(WRAPPED[lang])] * 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_sharing_their_opening_stay_apart(lang: str) -> None:
    text = "\n".join(WRAPPED[lang]) + "\n\n" + "\n".join(ROWS[lang]) + "\n"
    lines = [ln for ln in normalise(text, markdown=False).text.split("\n") if ln]
    assert lines[1:] == ROWS[lang]
