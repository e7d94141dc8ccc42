"""The structure stage on its own: normalised units in, title and clause tree out,
before extraction and before the Document is built.

Expected numbers follow the guidelines' citation forms (§1a): a paragraph keeps its
own number under a roman section (``1`` under ``I``, not ``I.1``), a lettered item is
cited under its paragraph (``2(a)``), an article's paragraphs live in the article's
own space (``Article 5(1)``, never a bare ``1``).
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise
from ctdocs.structure._tree import Structure, build


def _structure(text: str) -> Structure:
    norm = normalise(text, markdown=False)
    return build(segment(norm), norm.text)


def _tree(structure: Structure) -> list[tuple[str, str | None]]:
    """(number, number of the parent clause) for every clause, in order."""
    return [(b.number, b.parent_number) for b in structure.blocks if b.kind == "clause"]


DECLARATION = {
    "fr": (
        "Déclaration sur la lutte contre le terrorisme\n\n"
        "I. Principes\n\n"
        "1. Les Alliés condamnent le terrorisme.\n\n"
        "1.1 Ils renforcent la coopération.\n\n"
        "2. Ils conviennent notamment :\n\n"
        "a) d'exercices conjoints ;\n\n"
        "b) d'échanges d'experts.\n"
    ),
    "en": (
        "Declaration on the fight against terrorism\n\n"
        "I. Principles\n\n"
        "1. Allies condemn terrorism.\n\n"
        "1.1 They strengthen cooperation.\n\n"
        "2. They agree in particular on:\n\n"
        "(a) joint exercises;\n\n"
        "(b) exchanges of experts.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_declaration_title_sections_and_tree(lang: str) -> None:
    text = DECLARATION[lang]
    structure = _structure(text)
    assert structure.title == text.split("\n", 1)[0]
    assert _tree(structure) == [
        ("I", None),
        ("1", "I"),
        ("1.1", "1"),
        ("2", "I"),
        ("2(a)", "2"),
        ("2(b)", "2"),
    ]
    section = next(b for b in structure.blocks if b.number == "I")
    assert section.title == ("Principes" if lang == "fr" else "Principles")
    # The head ends where the title line does: the rest is body.
    assert structure.front_end == len(text.split("\n", 1)[0])


ARTICLES = {
    "fr": (
        "Convention relative à la prévention du terrorisme\n\n"
        "Article 5 – Provocation publique\n\n"
        "1. Chaque Partie adopte les mesures nécessaires.\n\n"
        "2. Chaque Partie coopère.\n\n"
        "Article 6 – Recrutement\n\n"
        "1. Chaque Partie érige en infraction le recrutement.\n"
    ),
    "en": (
        "Convention on the prevention of terrorism\n\n"
        "Article 5 – Public provocation\n\n"
        "1. Each Party shall adopt the necessary measures.\n\n"
        "2. Each Party shall cooperate.\n\n"
        "Article 6 – Recruitment\n\n"
        "1. Each Party shall make recruitment an offence.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_article_paragraphs_are_numbered_in_the_article(lang: str) -> None:
    structure = _structure(ARTICLES[lang])
    assert _tree(structure) == [
        ("Article 5", None),
        ("Article 5(1)", "Article 5"),
        ("Article 5(2)", "Article 5"),
        ("Article 6", None),
        ("Article 6(1)", "Article 6"),
    ]
    titles = {b.number: b.title for b in structure.blocks if b.kind == "clause"}
    assert titles["Article 5"] == ("Provocation publique" if lang == "fr" else "Public provocation")
    assert titles["Article 6"] == ("Recrutement" if lang == "fr" else "Recruitment")


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "Communiqué\n\n4.1 Formation et entraînement : les Alliés organisent des exercices.\n",
            "Formation et entraînement",
            "les Alliés organisent des exercices.",
        ),
        (
            "Communiqué\n\n4.1 Training and Education: Allies will hold exercises.\n",
            "Training and Education",
            "Allies will hold exercises.",
        ),
    ],
    ids=["fr", "en"],
)
def test_run_in_title_ends_at_the_colon(text: str, title: str, body: str) -> None:
    clause = next(b for b in _structure(text).blocks if b.kind == "clause")
    assert clause.number == "4.1"
    assert clause.title == title
    assert text[clause.body_start : clause.end] == body


@pytest.mark.parametrize(
    "text",
    [
        "Menu\n\nAccueil\n\n1. Les Alliés coopèrent.\n",
        "Menu\n\nHome\n\n1. Allies cooperate.\n",
    ],
    ids=["fr", "en"],
)
def test_every_unit_is_a_block_or_noise(text: str) -> None:
    # Nothing is dropped: each non-blank line is inside a block or a noise unit.
    structure = _structure(text)
    spans = [(b.start, b.end) for b in structure.blocks] + [
        (u.start, u.end) for u in structure.noise
    ]
    norm = normalise(text, markdown=False)
    for line in norm.lines:
        assert any(s <= line.start and line.end <= e for s, e in spans), norm.text[
            line.start : line.end
        ]


OUTLINE = {
    "fr": (
        "Rapport d'information sur les engins explosifs\n\n"
        "I. UNE MENACE DURABLE\n\n"
        "A. AU SAHEL\n\n"
        "1. Une arme des groupes armés\n\n"
        "Les engins ont causé la moitié des pertes au Sahel(2). Ils se diffusent.\n\n"
        "2. L'apparition des drones\n\n"
        "Les groupes emploient des drones modifiés.\n\n"
        "(2) Source : état-major des armées.\n\n"
        "B. SUR LE TERRITOIRE NATIONAL\n\n"
        "La menace est endogène.\n"
    ),
    "en": (
        "Information report on improvised explosive devices\n\n"
        "I. A LASTING THREAT\n\n"
        "A. IN THE SAHEL\n\n"
        "1. A weapon of armed groups\n\n"
        "Devices caused half of the losses in the Sahel(2). They are spreading.\n\n"
        "2. The rise of drones\n\n"
        "Groups now use modified drones.\n\n"
        "(2) Source: armed forces staff.\n\n"
        "B. ON NATIONAL TERRITORY\n\n"
        "The threat is home-grown.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_headings_under_a_capital_section_nest(lang: str) -> None:
    """``1. Une arme …`` standing alone under ``A.`` under ``I.`` is the outline's next level,
    cited under heading A (A(1); §1a cites the heading itself ``A``); ``(2) Source …`` whose
    mark was called glued to a word ("Sahel(2).") and that continues no item (1) is a note,
    not a clause."""
    assert _tree(_structure(OUTLINE[lang])) == [
        ("I", None),
        ("A", "I"),
        ("A(1)", "A"),
        ("A(2)", "A"),
        ("B", "I"),
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_paragraphs_under_a_capital_section_keep_their_numbers(lang: str) -> None:
    """Numbered paragraphs of text (not headings) under ``A.`` keep their own numbers."""
    text = {
        "fr": "Rapport\n\nI. Contexte\n\nA. Menace\n\n1. La menace persiste en 2023.\n\n"
        "2. Elle évolue vite.\n",
        "en": "Report\n\nI. Context\n\nA. Threat\n\n1. The threat persisted in 2023.\n\n"
        "2. It evolves fast.\n",
    }[lang]
    assert _tree(_structure(text)) == [("I", None), ("A", "I"), ("1", "A"), ("2", "A")]


TITLE_LIST = {
    "fr": (
        "Loi du 23 mars 2023 relative au financement du terrorisme et portant modification :\n"
        "1° du Code pénal ;\n"
        "2° de la loi du 12 novembre 2004.\n\n"
        "Chapitre 1er – Code pénal\n\n"
        "Art. 1er.\n"
        "L'article 135-5 du Code pénal est modifié comme suit :\n"
        "1° l'alinéa 1er est remplacé ;\n"
        "2° l'alinéa 2 est supprimé.\n"
    ),
    "en": (
        "Act of 23 March 2023 on terrorist financing and amending:\n"
        "(a) the Criminal Code;\n"
        "(b) the Act of 12 November 2004.\n\n"
        "Chapter 1 – Criminal Code\n\n"
        "Article 1\n"
        "Section 135-5 of the Criminal Code is amended as follows:\n"
        "(a) paragraph 1 is replaced;\n"
        "(b) paragraph 2 is repealed.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_items_of_the_title_are_not_clauses(lang: str) -> None:
    """A law's title closing on a colon and listing the acts it amends (``1° du Code pénal``)
    before any clause: those items are the title's; the article's own items are clauses."""
    item = {"fr": ("(1°)", "(2°)"), "en": ("(a)", "(b)")}[lang]
    assert [n for n, _ in _tree(_structure(TITLE_LIST[lang]))] == [
        "Chapter 1",
        "Article 1",
        f"Article 1{item[0]}",
        f"Article 1{item[1]}",
    ]
