"""Paragraphs numbered after a capital letter and a dot are clauses cited as printed: the
Belgian Constitutional Court's ``A.1.1.`` (the parties' arguments) and ``B.4.2.`` (the
Court's reasoning), and a standard's annex subclauses ``A.1 Use of the checklist`` under
``Annex A`` (guidelines §1: a numbered unit; the letter keeps them apart from the text's
plain paragraphs). French and English side by side, as the Court and a standard print them.

Each text is written for the test; the expected numbers, titles and first words were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

JUDGMENT = {
    "fr": """ARRÊT

II. En droit

Quant au moyen unique

  A.1.1. Les parties requérantes prennent un moyen de la violation des articles 12 et 22
de la Constitution, lus en combinaison avec l'article 8 de la Convention.

  A.1.2. Le Conseil des ministres répond que la mesure est limitée à trois mois.

  B.1. La loi attaquée s'inscrit dans le prolongement du plan d'action adopté en 2024.

  B.2. Le moyen n'est pas fondé.
""",
    "en": """JUDGMENT

II. In law

As to the single plea

  A.1.1. The applicants take a plea alleging the violation of Articles 12 and 22 of the
Constitution, read in combination with Article 8 of the Convention.

  A.1.2. The Council of Ministers replies that the measure is limited to three months.

  B.1. The contested law follows on from the action plan adopted in 2024.

  B.2. The plea is unfounded.
""",
}

FIRST_WORDS = {
    "fr": ("Les parties requérantes", "Le moyen n'est"),
    "en": ("The applicants take", "The plea is"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_court_paragraphs_after_a_letter(lang: str) -> None:
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    by = {c.number: c for c in doc.clauses()}
    numbers = [c.number for c in doc.clauses()]
    assert numbers == ["II", "A.1.1", "A.1.2", "B.1", "B.2"]
    first, last = FIRST_WORDS[lang]
    assert by["A.1.1"].text.startswith(first)
    assert by["B.2"].text.startswith(last)
    assert by["A.1.1"].title is None


STANDARD = {
    "en": """## 7 Response and recovery

The response plan should define who decides on shelter and evacuation.

## Annex A (informative) Site assessment checklist

### A.1 Use of the checklist

The checklist should be completed by the site security officer each year.

### A.2 Records

Completed checklists should be retained for at least five years.
""",
    "fr": """## 7 Intervention et rétablissement

Le plan d'intervention devrait définir qui décide de la mise à l'abri et de l'évacuation.

## Annexe A (informative) Liste de contrôle du site

### A.1 Utilisation de la liste de contrôle

La liste de contrôle devrait être remplie chaque année par le responsable de la sûreté.

### A.2 Enregistrements

Les listes remplies devraient être conservées au moins cinq ans.
""",
}

TITLES = {
    "en": ("Use of the checklist", "Records"),
    "fr": ("Utilisation de la liste de contrôle", "Enregistrements"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_annex_subclauses_after_a_letter(lang: str) -> None:
    doc = parse_text(STANDARD[lang], language=lang)  # type: ignore[arg-type]
    by = {c.number: c for c in doc.clauses()}
    assert "A.1" in by and "A.2" in by
    assert (by["A.1"].title, by["A.2"].title) == TITLES[lang]


NOT_PARAGRAPHS = {
    "en": """1. The team met J. Smith and A. Jones in Brussels.

A. Smith, the rapporteur, presented Table B.2 to the members.
""",
    "fr": """1. L'équipe a rencontré J. Dupont et A. Martin à Bruxelles.

A. Martin, rapporteur, a présenté le tableau B.2 aux membres.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_initials_open_no_paragraph(lang: str) -> None:
    """An initial before a name (``A. Smith``) has no number after its dot, and a table's
    number inside a sentence opens no line: neither is a clause."""
    doc = parse_text(NOT_PARAGRAPHS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1"]
