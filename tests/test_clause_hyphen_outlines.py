"""Report outlines whose numbers a spaced hyphen or dash follows, each heading alone on its
line, as the Cour des comptes, the inspections générales and parliamentary reports print them
(``Chapitre I``, ``I - ``, ``A - ``, ``1 - ``): roman and capital-letter headings and numbered
headings nested under them (guidelines §1a: a capital heading is cited by its letter, ``B``,
and a heading numbered afresh under it is cited under it, ``B(1)``, as an item is). An item
of a French article (``I - Le préfet peut …;``) stays an item. French and English side by
side.

Each text is written for the test; the expected numbers and titles were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

REPORT = {
    "fr": """INSPECTION GÉNÉRALE DE L'ADMINISTRATION

                              Chapitre I

              Un cadre juridique éprouvé

I - Les acteurs de la sécurité

A - Le rôle du préfet

   Le préfet arrête le dispositif de sécurité après avis des services.

B – Le rôle des organisateurs

   Les organisateurs financent la sécurité privée de l'événement.

1 - Les agents de sécurité privée

   Leur nombre a doublé depuis 2019.

2 - Les bénévoles

   Ils ne peuvent exercer aucune mission de contrôle.

II - Les moyens engagés

   Les forces mobiles ont été engagées quarante fois en 2025.
""",
    "en": """INSPECTORATE OF CONSTABULARY

                              Chapter I

              A tested legal framework

I - The security actors

A - The role of the chief constable

   The chief constable sets the security plan after hearing the services.

B – The role of organisers

   Organisers pay for private security at the event.

1 - Private security staff

   Their number has doubled since 2019.

2 - Volunteers

   They may not carry out any search.

II - The resources deployed

   Mobile units were deployed forty times in 2025.
""",
}

NUMBERS = ["Chapter I", "I", "A", "B", "B(1)", "B(2)", "II"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hyphenated_outline_of_a_report(lang: str) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == NUMBERS


@pytest.mark.parametrize(
    ("lang", "number", "title", "starts"),
    [
        ("fr", "B(1)", "Les agents de sécurité privée", "Leur nombre a doublé"),
        ("en", "B(1)", "Private security staff", "Their number has doubled"),
        ("fr", "I", "Les acteurs de la sécurité", ""),
        ("en", "I", "The security actors", ""),
    ],
)
def test_hyphenated_heading_titles_its_clause(
    lang: str, number: str, title: str, starts: str
) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    clause = {c.number: c for c in doc.clauses()}[number]
    assert clause.title == title
    assert clause.text.startswith(starts)


ARTICLE = {
    "fr": """Arrêté portant mesures de sécurité

Article 1er
I - Le préfet peut interdire la circulation des aéronefs sans personne à bord.
II - Les maires sont informés sans délai.
""",
    "en": """Order on security measures

Article 1
I - The prefect may prohibit the flight of unmanned aircraft.
II - Mayors are informed without delay.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hyphenated_item_of_an_article_stays_an_item(lang: str) -> None:
    doc = parse_text(ARTICLE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["Article 1", "Article 1(I)", "Article 1(II)"]


# A minister's letter-circular that glues the hyphen to its roman numbers ("I- DE LA
# CIRCULATION …", a Malian ministry's PDF): the same outline headings, cited I, II; a glued
# hyphen in an article ("I- Le préfet peut …") still opens the article's item.
GLUED = {
    "fr": """LETTRE CIRCULAIRE relative à la sécurité dans les régions frontalières

I- DE LA CIRCULATION DES MOTOCYCLETTES

La circulation des motocyclettes est interdite de 18 heures à 6 heures.

II- DU CONTRÔLE AUX FRONTIÈRES

Les postes de police renforcent le contrôle des passagers et des marchandises.
""",
    "en": """CIRCULAR LETTER on security in the border regions

I- TRAFFIC OF MOTORCYCLES

The traffic of motorcycles is prohibited from 6 p.m. to 6 a.m.

II- BORDER CONTROL

Police posts strengthen the control of passengers and goods.
""",
}

GLUED_TITLES = {
    "fr": ["DE LA CIRCULATION DES MOTOCYCLETTES", "DU CONTRÔLE AUX FRONTIÈRES"],
    "en": ["TRAFFIC OF MOTORCYCLES", "BORDER CONTROL"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_glued_hyphen_after_a_roman_heads_the_outline(lang: str) -> None:
    doc = parse_text(GLUED[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.title) for c in doc.clauses()] == list(
        zip(["I", "II"], GLUED_TITLES[lang], strict=True)
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_glued_hyphen_item_of_an_article_stays_an_item(lang: str) -> None:
    text = ARTICLE[lang].replace("I - ", "I- ").replace("II - ", "II- ")
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["Article 1", "Article 1(I)", "Article 1(II)"]
