"""An EU or agency decision in Markdown or HTML (guidelines §1a), French and English side by
side: recitals ``(1)`` after ``Whereas:``, ``### Article N – Heading`` with its points and
paragraphs, and an annex headed ``ANNEX – <its title>`` whose outline of numbered headings
(``1. Purpose and scope`` over ``1.1.``) is cited after the annex's word: ``Annex 1.1``
(heldout7/9/10 gold; an annex's own numbering is a space of its own).

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

DECISION = {
    "en": """**EXECUTIVE BOARD DECISION 7/2031**

**adopting the Guidelines on the screening of travellers at seaports**

THE EXECUTIVE BOARD,

Having regard to Regulation (EU) 2029/101 of the European Parliament and of the Council,

Whereas:

(1) Maritime passenger traffic has grown since 2028.

(2) The Board discussed a draft at its 40th meeting.

HAS ADOPTED THIS DECISION:

### Article 1 – Subject matter

The Guidelines set out in the Annex are adopted.

### Article 2 – Implementation

1. The Director shall ensure that the Guidelines are applied.

2. The Agency shall provide training on the Guidelines.

Done at Lisbon, 3 April 2031.

## ANNEX – Guidelines on the screening of travellers at seaports

### 1. Purpose and scope

1.1. These Guidelines assist officers at seaports.

1.2. They apply to all ports of the Member States.

### 2. Checks

2.1. **Passenger lists.** Officers shall consult passenger lists before arrival.
""",
    "fr": """**DÉCISION DU CONSEIL D'ADMINISTRATION 7/2031**

**portant adoption des lignes directrices sur le contrôle des voyageurs dans les ports**

LE CONSEIL D'ADMINISTRATION,

vu le règlement (UE) 2029/101 du Parlement européen et du Conseil,

considérant ce qui suit :

(1) Le trafic maritime de passagers a augmenté depuis 2028.

(2) Le conseil a examiné un projet lors de sa 40e réunion.

A ADOPTÉ LA PRÉSENTE DÉCISION :

### Article 1 – Objet

Les lignes directrices figurant en annexe sont adoptées.

### Article 2 – Mise en œuvre

1. Le directeur veille à l'application des lignes directrices.

2. L'Agence dispense une formation sur les lignes directrices.

Fait à Lisbonne, le 3 avril 2031.

## ANNEXE – Lignes directrices sur le contrôle des voyageurs dans les ports

### 1. Objet et champ d'application

1.1. Les présentes lignes directrices aident les agents dans les ports.

1.2. Elles s'appliquent à tous les ports des États membres.

### 2. Contrôles

2.1. **Listes de passagers.** Les agents consultent les listes de passagers avant l'arrivée.
""",
}

NUMBERS = [
    "(1)",
    "(2)",
    "Article 1",
    "Article 2",
    "Article 2(1)",
    "Article 2(2)",
    "Annex 1",
    "Annex 1.1",
    "Annex 1.2",
    "Annex 2",
    "Annex 2.1",
]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_decision_recitals_articles_and_annex_outline(lang: str) -> None:
    doc = parse_text(DECISION[lang], language=lang, layout="markdown")  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == NUMBERS


@pytest.mark.parametrize(
    ("lang", "section", "title"),
    [
        ("en", "ANNEX – Guidelines on the screening of travellers at seaports", "Passenger lists"),
        (
            "fr",
            "ANNEXE – Lignes directrices sur le contrôle des voyageurs dans les ports",
            "Listes de passagers",
        ),
    ],
)
def test_an_annex_titled_after_a_dash_is_the_section_of_its_outline(
    lang: str, section: str, title: str
) -> None:
    doc = parse_text(DECISION[lang], language=lang, layout="markdown")  # type: ignore[arg-type]
    last = doc.clauses()[-1]
    assert (last.section, last.title) == (section, title)


# A parliament's resolution: its subject in capitals closed by a comma, the recitals, then
# the operative formula in capitals closed by a colon, which closes the subject's sentence
# (as "HAS ADOPTED THIS DECISION:" does) and names no section. A formula with its own
# subject and none above it ("THE COURT DECIDES:") opens the part that follows.
RESOLUTION = {
    "fr": (
        "Proposition de résolution relative à la lutte contre les drones\n\n"
        "PROPOSITION DE RÉSOLUTION\n\n"
        "LA CHAMBRE DES REPRÉSENTANTS,\n\n"
        "A. vu la loi du 15 avril 1994 relative à la protection de la population ;\n\n"
        "B. considérant que les survols de 2025 ont révélé des lacunes ;\n\n"
        "DEMANDE AU GOUVERNEMENT FÉDÉRAL :\n\n"
        "1. de créer un centre national de lutte contre les drones ;\n\n"
        "2. de faire rapport annuellement à la commission de la Défense.\n"
    ),
    "en": (
        "Motion for a resolution on countering drones\n\n"
        "MOTION FOR A RESOLUTION\n\n"
        "THE HOUSE OF REPRESENTATIVES,\n\n"
        "A. having regard to the Act of 15 April 1994 on civil protection;\n\n"
        "B. whereas the overflights of 2025 revealed gaps;\n\n"
        "CALLS ON THE FEDERAL GOVERNMENT:\n\n"
        "1. to set up a national counter-drone centre;\n\n"
        "2. to report every year to the Defence Committee.\n"
    ),
}
RESOLUTION_SECTIONS = {
    "fr": dict.fromkeys(["A", "B", "1", "2"], "PROPOSITION DE RÉSOLUTION"),
    "en": dict.fromkeys(["A", "B", "1", "2"], "MOTION FOR A RESOLUTION"),
}
OWN_SUBJECT = {
    "fr": (
        "Décision n° 2031-12 du 3 mars 2031\n\n"
        "Sur la loi déférée\n\n"
        "1. La loi déférée est conforme à la Constitution.\n\n"
        "LA COUR DÉCIDE :\n\n"
        "Article 1er. – La loi est déclarée conforme.\n\n"
        "Article 2. – Cette décision sera publiée.\n"
    ),
    "en": (
        "Decision No. 2031-12 of 3 March 2031\n\n"
        "On the Act referred\n\n"
        "1. The Act referred is in conformity with the Constitution.\n\n"
        "THE COURT DECIDES:\n\n"
        "Article 1. – The Act is declared in conformity.\n\n"
        "Article 2. – This decision shall be published.\n"
    ),
}
OWN_SUBJECT_SECTIONS = {
    "fr": {"1": "Sur la loi déférée", "Article 1": "LA COUR DÉCIDE", "Article 2": "LA COUR DÉCIDE"},
    "en": {
        "1": "On the Act referred",
        "Article 1": "THE COURT DECIDES",
        "Article 2": "THE COURT DECIDES",
    },
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_operative_formula_under_its_subject_names_no_section(lang: str) -> None:
    doc = parse_text(RESOLUTION[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.section for c in doc.clauses()} == RESOLUTION_SECTIONS[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_formula_with_its_own_subject_opens_a_section(lang: str) -> None:
    doc = parse_text(OWN_SUBJECT[lang], language=lang)  # type: ignore[arg-type]
    assert {c.number: c.section for c in doc.clauses()} == OWN_SUBJECT_SECTIONS[lang]
