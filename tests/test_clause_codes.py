"""Codes and regulations whose sections carry the section sign (guidelines §1a: statute
sections, cited by their number alone), French and English side by side.

``§ 594.201 Prohibited transactions.`` heads a section whose paragraphs are cited under it
(``594.201(a)(2)(i)``); the decimal-looking number is one number (no ``594`` above it). A
database page that names its place in a larger code with a chain of division headings
(``Title 31`` / ``Chapter V`` / ``PART 594``) prints the document's location, not its
divisions; its ``Subpart B`` headings are.

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

CODE = {
    "en": """<html><body><main>
<h1>Title 12 —Public Safety</h1>
<h2>Chapter IV —Office of Civil Protection</h2>
<h2>PART 880—EMERGENCY POWERS REGULATIONS</h2>
<p><strong>Authority:</strong> 12 U.S.C. 101; Pub. L. 99-12, 98 Stat. 77.</p>
<h3>Subpart B —Powers</h3>
<h4>§ 880.201 Closure of public places.</h4>
<p>(a) The Director may close any public place where:</p>
<p>(1) A threat has been reported; or</p>
<p>(2) An attack is under way, including:</p>
<p>(i) An attack by explosives; or</p>
<p>(ii) An attack by unmanned aircraft.</p>
<p>(b) A closure lasts no more than 48 hours.</p>
<h4>§ 880.204 Notice of closure.</h4>
<p>Each closure is published in the register without delay.</p>
</main></body></html>
""",
    "fr": """<html><body><main>
<h1>Titre 12 — Sécurité publique</h1>
<h2>Chapitre IV — Office de la protection civile</h2>
<h2>PARTIE 880 — RÈGLEMENT SUR LES POUVOIRS D'URGENCE</h2>
<p><strong>Fondement :</strong> loi du 12 mars 2019, art. 101.</p>
<h3>Subpart B — Pouvoirs</h3>
<h4>§ 880.201 Fermeture des lieux publics.</h4>
<p>(a) Le directeur peut fermer tout lieu public lorsque :</p>
<p>(1) Une menace a été signalée ; ou</p>
<p>(2) Une attaque est en cours, notamment :</p>
<p>(i) Une attaque à l'explosif ; ou</p>
<p>(ii) Une attaque par aéronef sans pilote.</p>
<p>(b) La fermeture dure au plus 48 heures.</p>
<h4>§ 880.204 Publication de la fermeture.</h4>
<p>Chaque fermeture est publiée au registre sans délai.</p>
</main></body></html>
""",
}

NUMBERS = [
    "Subpart B",
    "880.201",
    "880.201(a)",
    "880.201(a)(1)",
    "880.201(a)(2)",
    "880.201(a)(2)(i)",
    "880.201(a)(2)(ii)",
    "880.201(b)",
    "880.204",
]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_section_sign_sections_and_their_paragraphs(lang: str) -> None:
    doc = parse_text(CODE[lang], language=lang, layout="html")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == NUMBERS


@pytest.mark.parametrize(
    ("lang", "title", "starts"),
    [
        ("en", "Notice of closure", "Each closure is published"),
        ("fr", "Publication de la fermeture", "Chaque fermeture est publiée"),
    ],
)
def test_a_sections_heading_is_its_title(lang: str, title: str, starts: str) -> None:
    """The heading's closing full stop is not the title's; the body is the next line."""
    doc = parse_text(CODE[lang], language=lang, layout="html")  # type: ignore[arg-type]
    last = doc.clauses()[-1]
    assert (last.title, last.text.startswith(starts)) == (title, True)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_pages_place_in_its_code_is_no_division(lang: str) -> None:
    """Title 12 > Chapter IV > Part 880 nest as the code does, not as an act would (a Part
    after a Chapter): the page's location, kept as text."""
    doc = parse_text(CODE[lang], language=lang, layout="html")  # type: ignore[arg-type]
    numbers = {c.number for c in doc.clauses()}
    assert not numbers & {"Title 12", "Chapter IV", "Part 880"}
    assert "880" in " ".join(b.text for b in doc.blocks())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "PART 1\n\nCHAPTER 1\n\nArticle 1\n\nThis Act applies to all airports.\n"),
        (
            "fr",
            "PARTIE 1\n\nCHAPITRE 1\n\nArticle 1\n\nLa présente loi s'applique aux aéroports.\n",
        ),
    ],
)
def test_an_acts_divisions_stacked_at_its_start_stay_clauses(lang: str, text: str) -> None:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["Part 1", "Chapter 1", "Article 1"]


FRESH = {
    "fr": """TITRE PREMIER – DISPOSITIONS GÉNÉRALES

Chapitre premier – Objet

Article premier. – La présente loi a pour objet la lutte contre le terrorisme.

Chapitre II – Définitions

Article 2. – Au sens de la présente loi, on entend par drone tout aéronef sans pilote.

TITRE II – MESURES ADMINISTRATIVES

Chapitre premier – Du gel des avoirs

Article 3. – Le ministre peut geler les avoirs des personnes désignées.
""",
    "en": """TITLE I – GENERAL PROVISIONS

Chapter I – Purpose

Article 1. – This Act provides for the fight against terrorism.

Chapter II – Definitions

Article 2. – In this Act, a drone means any aircraft flown without a pilot.

TITLE II – ADMINISTRATIVE MEASURES

Chapter I – Freezing of assets

Article 3. – The Minister may freeze the assets of designated persons.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_chapters_numbered_afresh_under_each_title_are_cited_after_it(lang: str) -> None:
    """Chapter I comes again under Title II: each is cited after its title (its own number
    space), so neither is lost as a repeat nor do they collide."""
    doc = parse_text(FRESH[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [
        "Title I",
        "Title I Chapter I",
        "Article 1",
        "Title I Chapter II",
        "Article 2",
        "Title II",
        "Title II Chapter I",
        "Article 3",
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "TITRE I\n\nChapitre I\n\nArticle 1\n\nTexte.\n\n"
            "TITRE II\n\nChapitre II\n\nArticle 2\n\nTexte.\n",
        ),
        (
            "en",
            "TITLE I\n\nChapter I\n\nArticle 1\n\nText.\n\n"
            "TITLE II\n\nChapter II\n\nArticle 2\n\nText.\n",
        ),
    ],
)
def test_chapters_that_run_on_across_titles_keep_their_number(lang: str, text: str) -> None:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert "Chapter II" in numbers and "Title II Chapter II" not in numbers
