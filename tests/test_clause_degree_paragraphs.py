"""A circular that numbers its whole text with degree numbers (``1°)`` to ``3°)`` under
``TITRE I``, ``4°)`` under ``TITRE II``): the numbers run on across the divisions, so they
are the text's paragraphs, cited ``4°`` (guidelines §1a: paragraph numbers keep their own
number across sections), their lettered points ``2°(a)``, not items of anything (``(4°)``).
A run that starts again in each article, or crosses no division (a petition's conclusions
``1°)``, ``2°)`` over paragraphs ``1.``, ``2.``), is left as it was read.

A numbered heading alone on its line over a paragraph set in below it (``1°) Recensement des
stocks`` over ``     Tout commerçant …`` and its lines back at the margin) is a heading of its
own in a plain-text copy as in a hard-wrapped one: its words are the paragraph's title.

French and English rows side by side (an English translation keeps the degree signs). Each
text is written for the test; the expected numbers were worked out by hand, never copied
from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

CIRCULAR = {
    "fr": """CIRCULAIRE relative au contrôle des précurseurs d'explosifs

TITRE I – DE LA DÉTENTION

1°) Recensement des stocks
     Tout commerçant détenant plus de cinquante kilogrammes d'engrais déclare son
stock au Gouverneur de la province avant le 15 novembre.

2°) Conditions de stockage
     Les stocks déclarés sont conservés dans des locaux fermés à clé. Le registre
mentionne :
     a. la date de chaque livraison ;
     b. l'identité de l'acheteur.

TITRE II – DU TRANSPORT

3°) Autorisation de transport
     Le transport des précurseurs est soumis à une autorisation préalable du
Gouverneur, délivrée après avis du comité provincial de sécurité.
""",
    "en": """CIRCULAR on the control of explosives precursors

TITLE I – HOLDING

1°) Census of stocks
     Any trader holding more than fifty kilograms of fertiliser declares the
stock to the Governor of the province before 15 November.

2°) Storage conditions
     Declared stocks are kept in locked premises. The register
records:
     a. the date of each delivery;
     b. the identity of the buyer.

TITLE II – TRANSPORT

3°) Transport authorisation
     The transport of precursors requires the prior authorisation of the
Governor, given after the opinion of the provincial security committee.
""",
}

TITLES = {
    "fr": ("Recensement des stocks", "Tout commerçant détenant plus de cinquante"),
    "en": ("Census of stocks", "Any trader holding more than fifty kilograms"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_degree_numbers_running_across_divisions_are_paragraphs(lang: str) -> None:
    doc = parse_text(CIRCULAR[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [
        "Title I",
        "1°",
        "2°",
        "2°(a)",
        "2°(b)",
        "Title II",
        "3°",
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heading_over_a_set_in_paragraph_is_its_title(lang: str) -> None:
    doc = parse_text(CIRCULAR[lang], language=lang)  # type: ignore[arg-type]
    first = doc.clause("1°")
    title, opening = TITLES[lang]
    assert first is not None and first.title == title
    assert first.text.startswith(opening)


CONCLUSIONS = {
    "fr": """Vu la procédure suivante :

Par une requête, M. A demande au Conseil d'État :

1°) d'annuler pour excès de pouvoir l'arrêté du 9 juin 2023 ;

2°) de mettre à la charge de l'État la somme de 5 000 euros.

1. Il ressort des pièces du dossier que M. A a été inscrit sur la liste nationale.

2. Le moyen tiré de l'erreur d'appréciation doit être écarté.
""",
    "en": """Having regard to the following procedure:

By an application, Mr A asks the Council of State:

1°) to annul the order of 9 June 2023 for abuse of power;

2°) to order the State to pay the sum of 5,000 euros.

1. It appears from the documents in the file that Mr A was entered on the national list.

2. The plea alleging an error of assessment must be rejected.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_degree_items_crossing_no_division_stay_items(lang: str) -> None:
    doc = parse_text(CONCLUSIONS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["(1°)", "(2°)", "1", "2"]
