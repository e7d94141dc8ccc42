"""A document whose head and most clauses name one domain passes it to the clauses
that carry out its matter with the head's own words (``ctdocs.extract._domain_subject``):
French and English side by side. Expected tags read off each text by hand against
the guidelines (section 4: a domain is tagged where it is the clause's subject).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.extract._domain_subject import _theme
from ctdocs.extract._domains import tag_text

DECISION = {
    "en": """# Decision on preventing chemical terrorism

The Council,

Recalling the Chemical Weapons Convention,

Hereby:

1. Condemns any use of chemical weapons by non-State actors;

2. Calls upon States to secure toxic chemicals at storage sites;

3. Urges States to keep a register of every sale of scheduled chemicals;

4. Requests the Technical Secretariat, within existing resources, to:

(a) draft guidance on the storage of laboratory chemicals;

(b) report thereon to the Council at its next session.

5. Decides to remain seized of the matter.
""",
    "fr": """# Décision sur la prévention du terrorisme chimique

Le Conseil,

Rappelant la Convention sur les armes chimiques,

1. Condamne tout emploi d'armes chimiques par des acteurs non étatiques ;

2. Demande aux États de sécuriser les produits chimiques toxiques sur les sites de stockage ;

3. Exhorte les États à tenir un registre de toute vente de réactifs chimiques de laboratoire ;

4. Prie le Secrétariat technique, dans la limite des ressources existantes :

a) d'élaborer des orientations sur le stockage des réactifs chimiques de laboratoire ;

b) de faire rapport au Conseil à sa prochaine session.

5. Décide de rester saisi de la question.
""",
}

# paragraph 3's own words name no domain: the register is the decision's matter
PARAGRAPH_3 = {
    "en": "Urges States to keep a register of every sale of scheduled chemicals;",
    "fr": "Exhorte les États à tenir un registre de toute vente de réactifs chimiques"
    " de laboratoire ;",
}


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_paragraph_without_a_trigger_of_its_own(language: Language) -> None:
    assert "CBRN" not in tag_text(PARAGRAPH_3[language], language)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_theme_passes_to_paragraphs_using_the_heads_words(language: Language) -> None:
    tags = _tags(DECISION[language], language)
    assert "CBRN" in tags["1"] and "CBRN" in tags["2"]  # their own triggers
    assert "CBRN" in tags["3"]  # "scheduled chemicals": the decision's matter
    assert tags["5"] == set()  # remaining seized: none of the head's words


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_lead_in_over_an_item_on_the_theme_is_about_it(language: Language) -> None:
    tags = _tags(DECISION[language], language)
    assert tags["4(a)"] == {"CBRN"}  # "laboratory chemicals": the decision's matter
    assert tags["4"] == {"CBRN"}  # requests the Secretariat to: draft that guidance
    assert tags["4(b)"] == set()  # reporting is the item's own, procedural subject


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_theme_without_a_majority(language: Language) -> None:
    # one paragraph in three names the head's domain: a passing subject, no theme
    text = DECISION[language].replace(
        {
            "en": "2. Calls upon States to secure toxic chemicals at storage sites;",
            "fr": "2. Demande aux États de sécuriser les produits chimiques toxiques sur les"
            " sites de stockage ;",
        }[language],
        {
            "en": "2. Calls upon States to protect airports against attacks;",
            "fr": "2. Demande aux États de protéger les aéroports contre les attentats ;",
        }[language],
    )
    tags = _tags(text, language)
    assert "CBRN" not in tags["3"]


def _counted(
    theme: int, others: int, untagged: int = 3
) -> dict[int, dict[str, list[tuple[int, int]]]]:
    """Clauses as the theme test counts them: ``theme`` tagged CBRN, ``others`` tagged
    with one other domain each, ``untagged`` with none."""
    codes = ["CBRN"] * theme + [f"D{i}" for i in range(others)] + [""] * untagged
    return {k: ({code: [(0, 1)]} if code else {}) for k, code in enumerate(codes)}


@pytest.mark.parametrize(
    ("theme", "others", "expected"),
    [
        (7, 7, "CBRN"),  # half the tagged clauses
        (7, 8, "CBRN"),  # one list item more tagged with another domain (OPCW decision)
        (2, 2, "CBRN"),
        (2, 3, None),  # 2 of 5: a subject among others
        (6, 8, None),  # 6 of 14
        (1, 0, None),  # one clause is a passing word (theme_min_clauses)
    ],
)
def test_the_theme_carries_about_half_the_tagged_clauses(
    theme: int, others: int, expected: str | None
) -> None:
    assert _theme(_counted(theme, others), {"CBRN"}) == expected


@pytest.mark.parametrize(
    ("language", "text", "codes"),
    [
        # INTERPOL's databases: information the states share (INTEL)
        ("en", "States should check travellers against INTERPOL databases.", {"INTEL"}),
        ("fr", "Les États consultent les bases de données d'INTERPOL.", {"INTEL"}),
        # passenger name records come from the airlines (AVIATION) for border checks
        ("en", "States shall collect passenger name records.", {"AVIATION", "BORDER"}),
        ("fr", "Les États collectent les dossiers passagers.", {"AVIATION", "BORDER"}),
    ],
)
def test_shared_databases_and_passenger_records(
    language: Language, text: str, codes: set[str]
) -> None:
    assert set(tag_text(text, language)) == codes


@pytest.mark.parametrize(
    ("language", "text", "codes"),
    [
        ("en", "Ferries call at the seaports of the region.", {"MARITIME"}),
        ("en", "Member States shall report every asset freeze measure taken.", {"FINANCING"}),
        ("fr", "Les États membres notifient toute mesure de gel adoptée.", {"FINANCING"}),
    ],
)
def test_seaports_and_freezing_measures(language: Language, text: str, codes: set[str]) -> None:
    assert set(tag_text(text, language)) == codes


ENACTED = {
    "en": """# Council Implementing Regulation on restrictive measures

HAS ADOPTED THIS REGULATION:

Article 1

Member States shall report every asset freeze measure taken.

Article 2

This Regulation shall enter into force on the day of its publication.
""",
    "fr": """# Règlement d'exécution du Conseil concernant des mesures restrictives

A ADOPTÉ LE PRÉSENT RÈGLEMENT :

Article premier

Les États membres notifient toute mesure de gel adoptée.

Article 2

Le présent règlement entre en vigueur le jour de sa publication.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_enacting_formula_is_no_rule_making_heading(language: Language) -> None:
    # "HAS ADOPTED THIS REGULATION" opens the act's articles; a heading "Regulations"
    # over rule-making powers would leave them untagged (README item 37)
    tags = _tags(ENACTED[language], language)
    assert tags["Article 1"] == {"FINANCING"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the body of a definition names what a term covers, it commits to nothing
        ("en", "“Transport hub” refers to any seaport or airport of the country."),
        ("fr", "« Plate-forme de transport » signifie tout port maritime ou aéroport du pays."),
    ],
)
def test_the_body_of_a_definition_is_not_tagged(language: Language, text: str) -> None:
    assert tag_text(text, language) == {}


# an act printed under a gazette's masthead: the masthead holds the title role, the
# act's title (the document's title as the structure stage chose it) stands below
GAZETTE_ACT = {
    "en": (
        "STATUTORY INSTRUMENTS\n\n2025 No. 99\n\n"
        "The Counter-Terrorism (Unmanned Aircraft Restriction Zones) Regulations 2025\n\n"
        "1. The airspace described in Schedule 1 is a restriction zone.\n\n"
        "2. A chief officer of police may designate a member of staff of a site operator "
        "as an authorised person.\n"
    ),
    "fr": (
        "JOURNAL OFFICIEL DE LA RÉPUBLIQUE\n\nN° 12 du 3 mars 2026\n\n"
        "Loi n° 2026-12 du 2 mars 2026 relative à la lutte contre les aéronefs sans "
        "pilote malveillants\n\n"
        "Article 1er. Le préfet peut créer une zone d'interdiction temporaire autour "
        "d'une installation.\n\n"
        "Article 2. Les agents habilités peuvent mettre en œuvre les mesures prévues à "
        "l'article 1er.\n"
    ),
}
AMENDING = {
    "en": ("Restriction Zones) Regulations", "Restriction Zones) (Amendment) Regulations"),
    "fr": (
        "Loi n° 2026-12 du 2 mars 2026 relative",
        "Loi n° 2026-12 du 2 mars 2026 modifiant la loi",
    ),
}


def _clause_tags(text: str, language: Language) -> list[set[str]]:
    return [{t.code for t in c.domains} for c in parse_text(text, language=language).clauses()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_acts_title_below_a_masthead_names_its_subject(language: Language) -> None:
    tags = _clause_tags(GAZETTE_ACT[language], language)
    assert len(tags) == 2
    assert all("C-UAS" in t for t in tags), tags


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_amending_acts_title_passes_no_subject(language: Language) -> None:
    text = GAZETTE_ACT[language].replace(*AMENDING[language])
    tags = _clause_tags(text, language)
    assert len(tags) == 2
    assert "C-UAS" not in tags[1], tags
