"""A clause takes the domains of the short heading it sits under and of the titles of
the divisions above it (``ctdocs.extract._domain_scope``): French and English side by
side. Expected tags read off each text by hand: the heading names the domain, the
provisions under it do not.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.extract._domains import tag_text

from ._domainscope import _tags

STATUTE = {
    "en": """# Regulations on Listed Persons

## Freezing Property

### 4

No person in Canada shall

- (a) deal directly or indirectly in any property of a listed person; or

- (b) enter into any transaction related to such property.

### 5

All secured and unsecured rights in that property are unaffected.

## Appeals

### 6

A listed person may appeal to a judge within 60 days.
""",
    "fr": """# Règlement sur les personnes inscrites

## Blocage de biens

### 4

Il est interdit à toute personne au Canada :

- a) d'effectuer une opération portant sur un bien d'une personne inscrite;

- b) de conclure une transaction liée à ce bien.

### 5

Les droits garantis sur ce bien ne sont pas touchés.

## Appels

### 6

La personne inscrite peut interjeter appel devant un juge dans les 60 jours.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_provisions_take_the_domain_of_their_section_heading(language: Language) -> None:
    tags = _tags(STATUTE[language], language)
    # "Freezing Property" / "Blocage de biens" is terrorist financing; "deal in any
    # property" and "unaffected rights" name no trigger of their own
    for number in ("4", "4(a)", "4(b)", "5"):
        assert tags[number] == {"FINANCING"}, number
    assert tags["6"] == set()  # "Appeals" / "Appels" names no domain: procedure


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_inherited_tag_keeps_the_heading_as_evidence(language: Language) -> None:
    doc = parse_text(STATUTE[language], language=language)
    clause = next(c for c in doc.clauses() if c.number == "5")
    (tag,) = clause.domains
    heading = "Freezing Property" if language == "en" else "Blocage de biens"
    assert [e.text for e in tag.evidence] == [heading]
    assert doc.text[tag.evidence[0].start : tag.evidence[0].end] == heading


LONG = {
    # the heading of a whole resolution (more than scope_max_words words) names its theme
    "en": """# Resolution

## Protection of critical infrastructure and public spaces against terrorist threats in the Union

1. Calls on the Member States to report on progress by the end of the year.

2. Instructs its President to forward this resolution to the Council.
""",
    "fr": """# Résolution

## Protection des infrastructures critiques et des espaces publics contre les menaces terroristes

1. Invite les États membres à faire rapport sur les progrès accomplis d'ici la fin de l'année.

2. Charge son Président de transmettre la présente résolution au Conseil.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_long_heading_passes_nothing_on(language: Language) -> None:
    tags = _tags(LONG[language], language)
    assert tags == {"1": set(), "2": set()}


DIVISION = {
    "en": """# Act on Restrictive Measures

Chapter 3 - Financial restrictive measures: freezing of funds

Article 5

Any person who breaches the prohibitions of this chapter shall be fined.

Article 6

The Minister shall publish the list each month.
""",
    "fr": """# Loi relative aux mesures restrictives

Chapitre 3 - Mesures restrictives financières : gel des fonds

Article 5

Toute personne qui enfreint les interdictions du présent chapitre est punie d'une amende.

Article 6

Le ministre publie la liste chaque mois.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_articles_take_the_domain_of_their_chapter_title(language: Language) -> None:
    doc = parse_text(DIVISION[language], language=language)
    tags = {c.number: {t.code for t in c.domains} for c in doc.clauses()}
    articles = [n for n in tags if n.startswith("Article")]
    assert articles, tags
    for number in articles:
        assert tags[number] == {"FINANCING"}, number


NUMBERED = {
    # a bare-numbered title names its first items only (the seeds: 16.1 INTEL, 16.1.1 not)
    "en": """# Action plan

### 16.1 Intensify consultations and the sharing of information

16.1.1 Political consultations. Allies and Partners will meet twice a year.
""",
    "fr": """# Plan d'action

### 16.1 Intensifier les consultations et le partage d'informations

16.1.1 Consultations politiques. Les Alliés et les Partenaires se réuniront deux fois par an.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_bare_numbered_title_passes_nothing_on(language: Language) -> None:
    tags = _tags(NUMBERED[language], language)
    assert tags["16.1"] == {"INTEL"}
    assert tags["16.1.1"] == set()


# Triggers added with the scope rule: the headings of statutes' parts.
HEADINGS = [
    ("FINANCING", "Freezing Property", "Blocage de biens"),
    ("FINANCING", "Freezing of property", "Gel des biens"),
    ("INTEL", "Collection and Disclosure of Information",
     "Collecte et communication des renseignements"),
    ("AVIATION", "Air Carriers", "Transporteurs aériens"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "english", "french"), HEADINGS)
def test_statute_part_headings(code: str, english: str, french: str) -> None:
    assert set(tag_text(english, "en")) == {code}
    assert set(tag_text(french, "fr")) == {code}


def test_disclosure_alone_is_not_intelligence() -> None:
    # a statute's "Disclosure of Information" part is as often a duty of confidentiality
    # (the Chemical Weapons Convention Implementation Act's section 16)
    assert "INTEL" not in tag_text("Disclosure of Information", "en")
    assert "INTEL" not in tag_text("Communication de renseignements", "fr")


ACT = {
    # the title names the act's subject (a treaty banning chemical arms: arms control,
    # WMD, guidelines section 4; the dev gold tags such an act's inspections WMD
    # alone); "Inspections" names nothing, "Offences" is procedure (README item 37)
    "en": """# Chemical Weapons Convention Implementation Act

## Short Title

### 1

This Act may be cited as the Implementation Act.

## Inspections

### 2

An inspector may enter any facility at any reasonable time.

## Offences

### 3

Every person who obstructs an inspector is guilty of an offence.
""",
    "fr": """# Loi de mise en oeuvre de la Convention sur les armes chimiques

## Titre abrégé

### 1

Loi de mise en oeuvre.

## Inspections

### 2

L'inspecteur peut entrer dans toute installation à toute heure convenable.

## Infractions

### 3

Quiconque entrave l'action d'un inspecteur commet une infraction.
""",
}

NO_ACT = {
    # the same subject in the title of a report, not of a statute: nothing passes on
    "en": ACT["en"].replace("Convention Implementation Act", "Inspections: a report"),
    "fr": ACT["fr"].replace("Loi de mise en oeuvre de la Convention sur les armes chimiques",
                            "Rapport sur les inspections des armes chimiques"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_act_passes_its_subject_to_substantive_clauses(language: Language) -> None:
    tags = _tags(ACT[language], language)
    assert tags["2"] == {"WMD"}  # on-site inspections under the act
    assert tags["1"] == set()  # short title
    assert tags["3"] == set()  # offences


JOINED = {
    # a statute over two subjects, one a domain (critical infrastructure, CIP) and one
    # not (major events): "Inspections" is about either, so neither passes to it
    "en": """# Critical Infrastructure and Major Events Security Act

## Inspections

### 2

An inspector may enter any site at any reasonable time.
""",
    "fr": """# Loi sur la sûreté des infrastructures critiques et des grands événements

## Inspections

### 2

L'inspecteur peut entrer sur tout site à toute heure convenable.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_act_joining_several_subjects_passes_none(language: Language) -> None:
    tags = _tags(JOINED[language], language)
    assert tags["2"] == set()
    single = JOINED[language].replace(" and Major Events", "")
    single = single.replace(" et des grands événements", "")
    assert _tags(single, language)["2"] == {"CIP"}  # the act's one subject passes


UNDER_ACT = {
    # a notice whose heading is the title of the act it is made under, in capitals (no
    # name pattern discounts it): a title of a whole text, not a label over its
    # clauses (the same words as a label pass CIP)
    "en": """# Provincial Gazette notice

## CRITICAL INFRASTRUCTURE PROTECTION ACT

### 2

A designated site is listed in the Schedule.
""",
    "fr": """# Avis de la Gazette provinciale

## LOI SUR LA PROTECTION DES INFRASTRUCTURES ESSENTIELLES

### 2

Un site désigné figure à l'annexe.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_heading_naming_an_act_passes_nothing_on(language: Language) -> None:
    assert _tags(UNDER_ACT[language], language)["2"] == set()
    label = UNDER_ACT[language].replace(" ACT\n", "\n")
    label = label.replace("LOI SUR LA PROTECTION", "PROTECTION")
    assert _tags(label, language)["2"] == {"CIP"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_report_title_passes_nothing_on(language: Language) -> None:
    tags = _tags(NO_ACT[language], language)
    assert tags["2"] == set()


WRAPPER = {
    # section 7 is a number and a heading over its subsections: it opens on a freezing
    # duty (FINANCING); 7(2) on records names none; section 8 is headed "Definitions"
    # (procedure, README item 37) and stays untagged whatever its first subsection says
    "en": """# Regulations on Listed Persons

## Obligations

### 7 Duty to determine

(1) Every bank must determine whether it holds property owned, held or controlled
by a listed person.

(2) Every bank must keep its records for five years.

### 8 Definitions

(1) In these Regulations, the financing of terrorism has the meaning given in the Criminal Code.

(2) Other words have their ordinary meaning.
""",
    "fr": """# Règlement sur les personnes inscrites

## Obligations

### 7 Obligation de vérifier

(1) Chaque banque vérifie si elle a en sa possession des biens détenus ou contrôlés
par une personne inscrite.

(2) Chaque banque conserve ses registres pendant cinq ans.

### 8 Définitions

(1) Dans le présent règlement, le financement du terrorisme s'entend au sens du Code criminel.

(2) Les autres termes ont leur sens ordinaire.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_section_without_words_takes_its_first_subsection(language: Language) -> None:
    tags = _tags(WRAPPER[language], language)
    assert tags["7(1)"] == {"FINANCING"}
    assert tags["7"] == {"FINANCING"}
    assert tags["7(2)"] == set()
    assert tags["8(1)"] == {"FINANCING"}
    assert tags["8"] == set()
