"""Names closing on a surname in capitals, one after another: a row of signatures whose
columns a copy of the page set one blank apart (a PDF's text layer, a pasted table), or
a list joined by a coordinator (src/ctdocs/extract/_name_bounds.py ``after_caps_name``,
read by
src/ctdocs/extract/_unlinked.py). French and English side by side, in shapes of
publishers the corpora do not hold; each expected name checked by hand (guidelines §3:
named persons are actors, a signatory is named as an author). Negative rows of the same
shape: a body's capitalised words before words in capitals are no person's name.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

SIGNED = [
    (
        "fr",
        "Le protocole d'entente a été signé à Dakar le 4 mars 2026 par Amadou KONATÉ et "
        "Fatou DIOP-SALL, au nom des deux ministères.",
        {"Fatou DIOP-SALL"},
    ),
    (
        "fr",
        "La présente circulaire entre en vigueur le jour de sa publication.\n\n"
        "Anne KIEFFER Marc THILL Sophie REDING\n"
        "Directrice Directeur Directrice générale\n",
        {"Anne KIEFFER", "Marc THILL", "Sophie REDING"},
    ),
    (
        "en",
        "This notice takes effect on the day of its publication.\n\n"
        "Peter OTIENO Mary NAKATO Joseph KAMAU\n"
        "Chairperson Secretary Treasurer\n",
        {"Peter OTIENO", "Mary NAKATO", "Joseph KAMAU"},
    ),
    (
        "en",
        "The minutes were approved and signed by the Chair, Esther WANJIKU and Joseph "
        "KAMAU-NJOROGE.",
        {"Esther WANJIKU", "Joseph KAMAU-NJOROGE"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "names"), SIGNED)
def test_names_in_capitals_in_a_row(lang: str, text: str, names: set[str]) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    found = {" ".join(m.text.split()) for a in doc.actors if a.kind == "person" for m in a.mentions}
    assert names <= found


NOT_NAMES = [
    (
        "fr",
        "Le texte a été transmis à la Direction Générale SÉCURITÉ et Police NATIONALE pour "
        "avis avant sa publication.",
    ),
    ("fr", "Les contrôles sont menés par la Gendarmerie NATIONALE et Garde RÉPUBLICAINE."),
    (
        "en",
        "The report was sent to the Ministry of Interior KENYA and Border Police UNIT "
        "before publication.",
    ),
    # capitalised words over capitals that are a number or a word, coordinated: no name
    # bears a given name or a compound surname
    ("fr", "Il s'applique aux alertes Niveau TROIS et Niveau QUATRE du plan national."),
    ("fr", "Voir Annexe VIII et Tableau XIII pour la liste des entités désignées."),
    ("en", "It applies under Level THREE and Level FOUR alerts of the national plan."),
    ("en", "Funding came from the Horizon EUROPE and Erasmus PLUS programmes in 2026."),
    # a place's name in capitals joined by hyphens past two parts: no compound surname
    ("fr", "Les aéroports Paris ORLY et Roissy CHARLES-DE-GAULLE ont été fermés."),
    ("en", "Flights from London HEATHROW and Paris CHARLES-DE-GAULLE were suspended."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NAMES)
def test_bodies_before_capitals_name_no_person(lang: str, text: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert [a.name for a in doc.actors if a.kind == "person"] == []
