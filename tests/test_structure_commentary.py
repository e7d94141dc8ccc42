"""A part that comments on a bill article by article (guidelines §1: the numbers of
another instrument cited in the document are not the document's): its ``Article 1er``,
``Article 4`` and the points listed under them make no clauses; the text's own numbered
paragraphs under the part stay clauses, and the part ends at its heading's next number or
at the next heading where its own had none.

Each text is written for the test in the style of a council's opinion, a committee's
report and a bill's explanatory memorandum; the expected numbers were worked out by hand
from the guidelines, never copied from output.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

Lang = Literal["fr", "en"]

# A council of state's opinion on a bill: an unnumbered heading over the comments, which
# ends at the next unnumbered heading.
OPINION = {
    "fr": """AVIS DU CONSEIL D'ÉTAT

Considérations générales

Le projet de loi sous avis transpose la directive sur la résilience des entités critiques.

Examen des articles

Article 1er

L'article sous examen définit l'objet de la loi. Il n'appelle pas d'observation.

Article 5

L'article 5 autorise les agents habilités à :

1° brouiller les signaux de commande d'un drone ;

2° prendre le contrôle de celui-ci.

Observations d'ordre légistique

Il y a lieu d'écrire « point 4° » et non « point 4 ».
""",
    "en": """OPINION OF THE COUNCIL OF STATE

General remarks

The bill under review transposes the directive on the resilience of critical entities.

Article-by-article commentary

Article 1

The article under review sets out the purpose of the law. It calls for no comment.

Article 5

Article 5 allows authorised officers to:

(a) jam the control signals of a drone;

(b) take control of it.

Drafting remarks

The reference should read "point 4" and not "point 4°".
""",
}

# A committee's report with paragraphs of its own under the numbered commentary part, and
# the bill itself after the part's next number.
REPORT = {
    "fr": """RAPPORT DE LA COMMISSION DES LOIS

I. PRÉSENTATION

1. Le projet de loi comporte douze articles.

II. DISCUSSION DES ARTICLES

2. La Commission a adopté un amendement.

Article 3

Cet article fixe les obligations des opérateurs.

3. La Commission a adopté l'ensemble du projet.

III. VOTES

4. Le projet a été adopté à l'unanimité.

PROJET DE LOI

Article 1er

La présente loi fixe les règles de protection des infrastructures critiques.
""",
    "en": """REPORT OF THE LEGAL AFFAIRS COMMITTEE

I. PRESENTATION

1. The bill has twelve articles.

II. CLAUSE-BY-CLAUSE ANALYSIS

2. The Committee adopted one amendment.

Article 3

This article sets out the duties of operators.

3. The Committee then adopted the bill as a whole.

III. VOTES

4. The bill was adopted unanimously.

THE BILL

Article 1

This Act lays down the rules for the protection of critical infrastructure.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_commented_articles_make_no_clauses(lang: Lang) -> None:
    doc = parse_text(OPINION[lang], language=lang)
    assert [c.number for c in doc.clauses()] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_own_paragraphs_stay_and_the_part_ends(lang: Lang) -> None:
    doc = parse_text(REPORT[lang], language=lang)
    assert [c.number for c in doc.clauses()] == [
        "I",
        "1",
        "II",
        "2",
        "3",
        "III",
        "4",
        "Article 1",
    ]
