"""The clause tree of the body (ctdocs.structure._clauses) on small texts.

French and English side by side.

Each text is written in a publisher's style; the expected numbers, titles and
first words were worked out by hand from the annotation guidelines §1a.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._clausetree import numbers, tree

EU_ACT = {
    "en": """COUNCIL DECISION (CFSP) 2019/1

Whereas:

(1) On 8 September 2006 the United Nations adopted its Global Counter-Terrorism Strategy.

(2) The Union should support that Strategy.

HAS ADOPTED THIS DECISION:

Article 1
Subject matter

1. This Decision lays down the support the Union gives.

2. The support shall consist of:

(a) training of border guards;

(b) equipment for the detection of explosives.

Article 2

This Decision shall enter into force on the day of its adoption.
""",
    "fr": """DÉCISION (PESC) 2019/1 DU CONSEIL

considérant ce qui suit :

(1) Le 8 septembre 2006, les Nations unies ont adopté leur stratégie antiterroriste mondiale.

(2) L'Union devrait soutenir cette stratégie.

A ADOPTÉ LA PRÉSENTE DÉCISION :

Article premier
Objet

1. La présente décision fixe le soutien de l'Union.

2. Le soutien consiste en :

a) la formation de gardes-frontières ;

b) du matériel de détection des explosifs.

Article 2

La présente décision entre en vigueur le jour de son adoption.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_eu_act_recitals_articles_paragraphs_points(lang: str) -> None:
    title = {"fr": "Objet", "en": "Subject matter"}[lang]
    assert tree(EU_ACT[lang], lang) == [
        ("(1)", None, None),
        ("(2)", None, None),
        ("Article 1", title, None),
        ("Article 1(1)", None, "Article 1"),
        ("Article 1(2)", None, "Article 1"),
        ("Article 1(2)(a)", None, "Article 1(2)"),
        ("Article 1(2)(b)", None, "Article 1(2)"),
        ("Article 2", None, None),
    ]


CONVENTION = {
    "fr": """Chapitre I – Objet et définitions

Article 1 – Objet

1   La présente Convention a pour objet de renforcer les efforts des Parties.

2   Aucune disposition ne porte atteinte au droit international humanitaire.

Chapitre II – Mesures de prévention

Article 2 – Politiques nationales

Chaque Partie prend les mesures nécessaires, notamment :

a   par l'échange d'informations ;

b   par la protection des infrastructures critiques.
""",
    "en": """Chapter I – Object and definitions

Article 1 – Purpose

1   The purpose of the present Convention is to enhance the efforts of Parties.

2   Nothing in this Convention shall affect international humanitarian law.

Chapter II – Preventive measures

Article 2 – National policies

Each Party shall take the necessary measures, in particular:

a   by exchanging information;

b   by protecting critical infrastructure.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_convention_chapters_parent_articles_and_number_columns(lang: str) -> None:
    got = tree(CONVENTION[lang], lang)
    assert [(n, p) for n, _t, p in got] == [
        ("Chapter I", None),
        ("Article 1", "Chapter I"),
        ("Article 1(1)", "Article 1"),
        ("Article 1(2)", "Article 1"),
        ("Chapter II", None),
        ("Article 2", "Chapter II"),
        ("Article 2(a)", "Article 2"),
        ("Article 2(b)", "Article 2"),
    ]
    titles = {n: t for n, t, _p in got}
    assert titles["Article 1"] == {"fr": "Objet", "en": "Purpose"}[lang]


STATUTE = {
    "en": """# Explosives Act

## Appeals

### 4 Cancellations — national security

(1) A person may appeal the decision to a judge.

**Extension**

(2) Despite subsection (1), the person may appeal within any further time.

(2.1) The judge must hear the appeal without delay.

### 5 Regulations

The Governor in Council may make regulations

- (a) classifying explosives;

- (a.1) prescribing any component;

- (h) for the safety of the public and of
  - (i) employees at any factory, and
  - (ii) persons handling explosives.
""",
    "fr": """# Loi sur les explosifs

## Appels

### 4 Annulation — sécurité nationale

(1) La personne peut interjeter appel de la décision devant un juge.

**Prorogation**

(2) Malgré le paragraphe (1), la personne peut interjeter appel dans tout délai supplémentaire.

(2.1) Le juge entend l'appel sans délai.

### 5 Règlements

Le gouverneur en conseil peut prendre des règlements

- (a) classant les explosifs;

- (a.1) visant tout composant;

- (h) concernant la sécurité du public et
  - (i) des employés de toute fabrique,
  - (ii) des personnes qui manipulent des explosifs.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_statute_sections_subsections_marginal_notes(lang: str) -> None:
    doc = parse_text(STATUTE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [
        "4",
        "4(1)",
        "4(2)",
        "4(2.1)",
        "5",
        "5(a)",
        "5(a.1)",
        "5(h)",
        "5(h)(i)",
        "5(h)(ii)",
    ]
    c = {c.number: c for c in doc.clauses()}
    assert c["4(2)"].title == {"en": "Extension", "fr": "Prorogation"}[lang]
    assert c["4(2)"].section == {"en": "Appeals", "fr": "Appels"}[lang]
    assert c["5"].text.startswith({"en": "The Governor", "fr": "Le gouverneur"}[lang])


REPORT = {
    "fr": """I. Introduction

1. Le présent rapport est soumis en application de la résolution 2253 (2015).

II. Évolution de la menace

A. Aperçu général

2. L'EIIL continue de se transformer en réseau clandestin.

B. Financement

3. Les recettes de l'EIIL ont fortement diminué.

III. Action menée

A. Contrôle des frontières

4. La Direction exécutive a effectué des visites.
""",
    "en": """I. Introduction

1. The present report is submitted pursuant to resolution 2253 (2015).

II. Evolution of the threat

A. Overview

2. ISIL continues to transform into a covert network.

B. Financing

3. ISIL revenue from oil has declined sharply.

III. Action taken

A. Border control

4. The Executive Directorate conducted visits.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_roman_and_capital_sections_paragraphs_keep_their_numbers(lang: str) -> None:
    assert [(n, p) for n, _t, p in tree(REPORT[lang], lang)] == [
        ("I", None),
        ("1", "I"),
        ("II", None),
        # §1a cites a capital section by its letter; its letters start again under III
        # (A under II, A under III), so a bare A would collide: cited with its roman
        ("II.A", "II"),
        ("2", "II.A"),
        ("II.B", "II"),
        ("3", "II.B"),
        ("III", None),
        ("III.A", "III"),
        ("4", "III.A"),
    ]


# A report whose capital letters run on across its romans (A under II, B under III): no
# letter repeats, so each is cited by its letter alone (guidelines §1a: `A. Prévention` is
# `A`), and the paragraphs under it keep their own numbers.
RUN_ON = {
    "fr": """I. Introduction

1. Le présent rapport est soumis en application de la résolution 2253 (2015).

II. Évolution de la menace

A. Aperçu général

2. L'EIIL continue de se transformer en réseau clandestin.

III. Action menée

B. Contrôle des frontières

3. La Direction exécutive a effectué des visites.
""",
    "en": """I. Introduction

1. The present report is submitted pursuant to resolution 2253 (2015).

II. Evolution of the threat

A. Overview

2. ISIL continues to transform into a covert network.

III. Action taken

B. Border control

3. The Executive Directorate conducted visits.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_capital_sections_whose_letters_run_on_are_cited_by_their_letter(
    lang: str,
) -> None:
    assert [(n, p) for n, _t, p in tree(RUN_ON[lang], lang)] == [
        ("I", None),
        ("1", "I"),
        ("II", None),
        ("A", "II"),
        ("2", "A"),
        ("III", None),
        ("B", "III"),
        ("3", "B"),
    ]


CODE = {
    "fr": """# Article 421-2-6

I.-Constitue un acte de terrorisme le fait de préparer une infraction lorsque :

1° Le fait de détenir des substances dangereuses ;

2° Et l'un des autres faits suivants :

a) Recueillir des renseignements ;

b) S'entraîner au maniement des armes.

II.-Le I s'applique aux infractions suivantes :

1° Les actes mentionnés à l'article 421-1.
""",
    "en": """# Article 421-2-6

I.-The preparation of an offence is an act of terrorism where:

1° possessing dangerous substances;

2° and one of the following acts:

a) gathering information;

b) training in the handling of weapons.

II.-Paragraph I applies to the following offences:

1° the acts referred to in article 421-1.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_french_code_article_roman_paragraphs_and_degree_items(lang: str) -> None:
    assert numbers(CODE[lang], lang) == [
        "Article 421-2-6",
        "Article 421-2-6(I)",
        "Article 421-2-6(I)(1°)",
        "Article 421-2-6(I)(2°)",
        "Article 421-2-6(I)(2°)(a)",
        "Article 421-2-6(I)(2°)(b)",
        "Article 421-2-6(II)",
        "Article 421-2-6(II)(1°)",
    ]
