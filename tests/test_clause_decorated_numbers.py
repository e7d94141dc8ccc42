"""Article and chapter headings whose number is decorated, as translations of regional
conventions and national acts print them (guidelines §1a, article and chapter rows): the
article number in parentheses (``Article (7) – Title``, ``Article (3) bis``), a chapter
numbered in words (``Chapter One``, ``Chapitre deux``), an inserted article keeping its
``bis`` apart as printed (``Article 3 bis``), and the article's paragraphs and points
numbered with a hyphen (``1-``, ``a-``): ``Article 3 bis(1)``, ``Article 3(a)``.

Each text is written for the test in the style of a publisher other than the one the
class was first met in (ho12: a League of Arab States translation, an Algerian decree):
an Organisation of Islamic Cooperation convention in French, a Gulf Cooperation Council
agreement in English, a Moroccan and a Nigerian act. The expected numbers and titles were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

CONVENTION = {
    "fr": """CONVENTION DE L'ORGANISATION DE LA COOPÉRATION ISLAMIQUE SUR LA SÛRETÉ DES PORTS

Les États membres de l'Organisation, parties à la présente Convention,

Sont convenus de ce qui suit :

Chapitre un – Dispositions générales

Article (1) – Définitions
Aux fins de la présente Convention :
1- Port : toute installation où accostent des navires de commerce.
2- Autorité compétente : l'autorité désignée par chaque État partie.

Article (2) – Mesures nationales
Chaque État partie prend les mesures nécessaires pour :
a- contrôler l'accès aux installations portuaires ;
b- inspecter les conteneurs suspects.

Chapitre deux – Coopération

Article (2) bis – Échange d'informations
1- Les États parties échangent les informations sur les menaces.
2- Les informations échangées restent confidentielles.
""",
    "en": """GULF COOPERATION COUNCIL AGREEMENT ON THE SECURITY OF PORTS

The Member States of the Cooperation Council, parties to this Agreement,

Have agreed as follows:

Chapter One – General Provisions

Article (1) – Definitions
For the purposes of this Agreement:
1- Port: any facility where merchant ships berth.
2- Competent authority: the authority designated by each State Party.

Article (2) – National measures
Each State Party shall take the measures necessary to:
a- control access to port facilities;
b- inspect suspicious containers.

Chapter Two – Cooperation

Article (2) bis – Exchange of information
1- The States Parties shall exchange information on threats.
2- The information exchanged shall remain confidential.
""",
}

CONVENTION_NUMBERS = [
    "Chapter 1",
    "Article 1",
    "Article 1(1)",
    "Article 1(2)",
    "Article 2",
    "Article 2(a)",
    "Article 2(b)",
    "Chapter 2",
    "Article 2 bis",
    "Article 2 bis(1)",
    "Article 2 bis(2)",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_decorated_articles_and_chapters(lang: str) -> None:
    doc = parse_text(CONVENTION[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == CONVENTION_NUMBERS


@pytest.mark.parametrize(
    ("lang", "number", "title", "starts"),
    [
        ("fr", "Chapter 2", "Coopération", ""),
        ("en", "Chapter 2", "Cooperation", ""),
        ("fr", "Article 2 bis", "Échange d'informations", ""),
        ("en", "Article 2 bis", "Exchange of information", ""),
        ("fr", "Article 2(b)", None, "inspecter les conteneurs"),
        ("en", "Article 2(b)", None, "inspect suspicious containers"),
        ("fr", "Article 2 bis(2)", None, "Les informations échangées"),
        ("en", "Article 2 bis(2)", None, "The information exchanged"),
    ],
)
def test_decorated_headings_title_their_clause(
    lang: str, number: str, title: str | None, starts: str
) -> None:
    doc = parse_text(CONVENTION[lang], language=lang)  # type: ignore[arg-type]
    clause = {c.number: c for c in doc.clauses()}[number]
    assert clause.title == title
    assert clause.text.startswith(starts)


ACT = {
    "fr": """Dahir portant promulgation de la loi relative aux drones

Article 5. - Le survol des sites sensibles est interdit.

Article 5 bis. - Sont exemptés de l'interdiction prévue à l'article 5 :
a) les aéronefs de l'État ;
b) les drones de secours.

Article 6. - Les infractions sont punies d'une amende.
""",
    "en": """Unmanned Aircraft (Security) Act, 2026

Article 5. - The flight of unmanned aircraft over sensitive sites is prohibited.

Article 5 bis. - The following are exempted from the prohibition in Article 5:
(a) State aircraft;
(b) rescue drones.

Article 6. - Offences are punishable by a fine.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_inserted_article_keeps_its_suffix_apart(lang: str) -> None:
    doc = parse_text(ACT[lang], language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers[-4:] == ["Article 5 bis", "Article 5 bis(a)", "Article 5 bis(b)", "Article 6"]


HYPHEN_OUTSIDE = {
    "fr": """Compte rendu de la réunion

La réunion s'est tenue le 3 mars 2026. Les participants ont noté :
1- une hausse des incidents ;
2- un besoin de formation.
""",
    "en": """Record of the meeting

The meeting was held on 3 March 2026. Participants noted:
1- a rise in incidents;
2- a need for training.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_hyphen_numbers_outside_an_article_make_no_article_items(lang: str) -> None:
    doc = parse_text(HYPHEN_OUTSIDE[lang], language=lang)  # type: ignore[arg-type]
    assert not any(c.number.startswith("Article") for c in doc.clauses())


SPACED = {
    "fr": """PROTOCOLE DE L'UNION AFRICAINE SUR LES DRONES

Article (4) – Coopération
1 - Les États parties coopèrent par l'intermédiaire du Centre.
2 - Ils échangent les informations sur :
a – les saisies de drones ;
b – les filières d'approvisionnement.
""",
    "en": """AFRICAN UNION PROTOCOL ON DRONES

Article (4) – Cooperation
1 - States Parties shall cooperate through the Centre.
2 - They shall exchange information on:
a – seizures of drones;
b – supply networks.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_spaced_hyphen_items_of_an_article(lang: str) -> None:
    doc = parse_text(SPACED[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [
        "Article 4",
        "Article 4(1)",
        "Article 4(2)",
        "Article 4(2)(a)",
        "Article 4(2)(b)",
    ]
