"""Where a domain passed down from a heading or title stops (``ctdocs.extract._domain_scope``).

French and English side by side: glossary clauses, confidentiality and immunities under
a treaty act, regulation-making, items with a subject of their own, names in headings,
procedural sections, titles with two subjects, a division title in pieces. Expected
tags read off each text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language

from ._domainscope import _tags

GLOSSARY = {
    # section 2 defines the act's terms: "explosive" and "air carrier" name domains
    # but commit to nothing (untagged); section 3 prohibits, and is tagged
    "en": """# Explosives Safety Act

## Interpretation

### 2 Definitions

The following definitions apply in this Act. improvised explosive device means a device
fabricated in an improvised manner. air carrier has the meaning given in the Aeronautics Act.

## Prohibited Activities

### 3 Improvised devices

No person shall make an improvised explosive device.
""",
    "fr": """# Loi sur la sécurité des explosifs

## Définitions

### 2 Définitions

Les définitions qui suivent s'appliquent à la présente loi. engin explosif improvisé
Engin fabriqué de façon artisanale. transporteur aérien S'entend au sens de la Loi sur
l'aéronautique.

## Interdictions

### 3 Engins improvisés

Il est interdit de fabriquer un engin explosif improvisé.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_glossary_clause_is_not_tagged(language: Language) -> None:
    tags = _tags(GLOSSARY[language], language)
    assert tags["2"] == set()
    assert tags["3"] == {"C-IED"}
    # the glossary's words do not weigh for the document: "air carrier" is defined,
    # nothing in the act deals with aviation
    doc = parse_text(GLOSSARY[language], language=language)
    assert set(doc.domains) == {"C-IED"}


TREATY_ACT = {
    # an act implementing an arms-control treaty: its subject (WMD) reaches the
    # inspections, not the confidentiality of what inspectors learn, nor the
    # inspectors' privileges and immunities (administrative furniture)
    "en": """# Nuclear Test Ban Treaty Implementation Act

## On-site Inspections

### 14

An inspector may enter any place at any reasonable time.

## Privileges and Immunities

### 15

Inspectors have the privileges and immunities set out in the Treaty.

## Disclosure of Information

### 16

No person shall communicate information obtained under this Act.
""",
    "fr": """# Loi de mise en oeuvre du Traité d'interdiction complète des essais nucléaires

## Inspections sur place

### 14

L'inspecteur peut entrer dans tout lieu à toute heure convenable.

## Privilèges et immunités

### 15

Les inspecteurs jouissent des privilèges et immunités prévus par le Traité.

## Communication de renseignements

### 16

Il est interdit de communiquer les renseignements obtenus en vertu de la présente loi.
""",
}

SHARING_ACT = {
    # an act whose subject is information sharing: under the same kind of heading
    # its subject is what the provisions are about
    "en": """# Information Sharing Act

## Purpose

### 3

The purpose of this Act is to encourage institutions to share information on threats.

## Disclosure of Information

### 5

An institution may disclose information to another institution.
""",
    "fr": """# Loi sur le partage d'information

## Objet

### 3

La présente loi a pour objet d'encourager les institutions à échanger des informations
sur les menaces.

## Communication d'information

### 5

Une institution peut communiquer de l'information à une autre institution.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_confidentiality_and_immunities_do_not_take_an_arms_subject(language: Language) -> None:
    tags = _tags(TREATY_ACT[language], language)
    assert tags["14"] == {"WMD"}
    assert tags["15"] == set()
    assert tags["16"] == set()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_disclosure_under_an_information_act_is_its_subject(language: Language) -> None:
    tags = _tags(SHARING_ACT[language], language)
    assert tags["3"] == {"INTEL"}
    assert tags["5"] == {"INTEL"}


RULEMAKING = {
    # section 5 empowers the Governor in Council to regulate plastic explosives: it
    # configures the regime and is not tagged (README item 37); section 6 prohibits
    "en": """# Explosives Safety Act

## Regulations

### 5

The Governor in Council may make regulations respecting the transport of unmarked plastic
explosives.

## Prohibited Activities

### 6

No person shall manufacture unmarked plastic explosives.
""",
    "fr": """# Loi sur la sécurité des explosifs

## Règlements

### 5

Le gouverneur en conseil peut, par règlement, régir le transport des explosifs plastiques
non marqués.

## Interdictions

### 6

Il est interdit de fabriquer des explosifs plastiques non marqués.
""",
}

LONG_REGULATION = {
    # a heading naming a whole regulation is no regulation-making label
    "en": """# Regulation on Explosives

## Regulation of the Council on the marketing and use of explosives precursors

### 1

Member States shall restrict access to explosives precursors.
""",
    "fr": """# Règlement sur les explosifs

## Règlement du Conseil relatif à la commercialisation et à l'utilisation de précurseurs d'explosifs

### 1

Les États membres restreignent l'accès aux précurseurs d'explosifs.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_regulation_making_is_not_tagged(language: Language) -> None:
    tags = _tags(RULEMAKING[language], language)
    assert tags["5"] == set()
    assert tags["6"] == {"EOD"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_regulation_title_is_no_rulemaking_label(language: Language) -> None:
    assert _tags(LONG_REGULATION[language], language)["1"] == {"C-IED"}


LEAD_IN = {
    # 8(1) leads into its items; (a) names a subject of its own (property held for a
    # listed person: financing) and does not take the disclosure; (b) names none and
    # continues the lead-in's sentence
    "en": """# Regulations on Listed Persons

### 8

(1) Every person must disclose without delay to the Director of the
Canadian Security Intelligence Service

- (a) the existence of property owned, held or controlled by a listed person; and

- (b) any other fact about a transaction in respect of that property.
""",
    "fr": """# Règlement sur les personnes inscrites

### 8

(1) Toute personne est tenue de communiquer sans délai au directeur du
Service canadien du renseignement de sécurité

- a) l'existence de biens détenus ou contrôlés par une personne inscrite;

- b) tout autre fait relatif à une transaction portant sur ces biens.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_item_with_a_subject_of_its_own_keeps_it(language: Language) -> None:
    tags = _tags(LEAD_IN[language], language)
    assert "INTEL" in tags["8(1)"]
    assert tags["8(1)(a)"] == {"FINANCING"}
    assert "INTEL" in tags["8(1)(b)"]


NAMED_IN_HEADINGS = {
    # a witness's body and a ruling's act, named in headings: neither is the text's
    # subject (guidelines section 4: a word that merely brushes past)
    "en": """# Report of the Standing Committee

## Canadian Security Intelligence Service – Tricia Geddes, Assistant Director

The committee heard from the witness on the use of online platforms.
""",
    "fr": """# Décision n° 2021-822 DC du 30 juillet 2021

## Loi relative à la prévention d'actes de terrorisme et au renseignement

Le Conseil constitutionnel a été saisi de la loi par soixante députés.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_name_in_a_heading_is_no_document_domain(language: Language) -> None:
    doc = parse_text(NAMED_IN_HEADINGS[language], language=language)
    assert "INTEL" not in {getattr(d, "code", d) for d in doc.domains}


COMMENCEMENT = {
    # the subsections of a procedural section are procedural: the act's subject
    # (explosives precursors, C-IED) passes to section 5, not to 2(1)
    "en": """# Explosives Precursors Act

### 2 Commencement

(1) Part 2 comes into force on 1 July 2022.

### 5 Sale of precursors

(1) No person may sell the listed substances without a licence.
""",
    "fr": """# Loi sur les précurseurs d'explosifs

### 2 Entrée en vigueur

(1) La partie 2 entre en vigueur le 1er juillet 2022.

### 5 Vente des précurseurs

(1) Nul ne peut vendre les substances inscrites sans licence.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_subsections_of_a_procedural_section_take_no_subject(language: Language) -> None:
    tags = _tags(COMMENCEMENT[language], language)
    assert tags["2(1)"] == set()
    assert tags["5(1)"] == {"C-IED"}


TWO_SUBJECTS = {
    # a chapter titled with two subjects over paragraphs that take up one of them (a
    # mutual evaluation report's "terrorist financing and proliferation financing"
    # chapter on terrorist financing alone): the other one is no paragraph's subject
    "en": """CHAPTER 4. TERRORIST FINANCING AND FINANCING OF PROLIFERATION

312. The financial intelligence unit received 14 reports on terrorist financing.

313. The public prosecutor stated that a circular on parallel investigations would be adopted.
""",
    "fr": """CHAPITRE 4. FINANCEMENT DU TERRORISME ET FINANCEMENT DE LA PROLIFÉRATION

312. La cellule de renseignement financier a reçu 14 déclarations de financement du terrorisme.

313. Le procureur général a indiqué qu'une circulaire sur les enquêtes parallèles serait adoptée.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_title_passes_on_only_the_subjects_its_clauses_take_up(language: Language) -> None:
    tags = _tags(TWO_SUBJECTS[language], language)
    assert tags["Chapter 4"] == {"FINANCING", "WMD"}  # the title's own words
    assert tags["312"] == {"FINANCING"}
    assert tags["313"] == {"FINANCING"}  # neither WMD from the title nor by a lead-in


PIECES = {
    # a part titled with its sections' headings: each section is about its own piece
    "en": """# Guidance on ships and port facilities

### PART C – TRAINING AND COOPERATION

### 6 TRAINING

6.1 Company security officers should attend the model course.

### 7 COOPERATION

7.1 The Organization will continue to cooperate with other organizations.

### 8 REVIEW

8.1 The Committee will keep this Guidance under review.
""",
    "fr": """# Orientations pour les navires et les installations portuaires

### PARTIE C – FORMATION ET COOPÉRATION

### 6 FORMATION

6.1 Les agents de sûreté de la compagnie devraient suivre le cours type.

### 7 COOPÉRATION

7.1 L'Organisation continuera de coopérer avec les autres organisations.

### 8 EXAMEN

8.1 Le Comité gardera ces orientations à l'étude.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_section_takes_its_own_piece_of_the_divisions_title(language: Language) -> None:
    tags = _tags(PIECES[language], language)
    assert tags["6"] == tags["6.1"] == {"TRAINING"}
    assert tags["7"] == tags["7.1"] == set()  # its title is another piece of the part's
    assert tags["8"] == tags["8.1"] == set()  # a sibling's title names the training
    assert tags["Part C"] == {"TRAINING"}


CLOSING = {
    # a communiqué's last section: its heading names the maritime domain, which the
    # cooperation paragraph takes up; the paragraph that closes the meeting (where the
    # next one is held) and the thanks to the host take nothing from it
    "en": """# Joint communiqué of the regional meeting

## Maritime security

7. The participants agreed to hold joint patrols in the Gulf from 2027.

8. The next meeting will be held in Mombasa in October 2027.

9. The participants expressed their gratitude to the Government of Kenya.
""",
    "fr": """# Communiqué conjoint de la réunion régionale

## Sûreté maritime

7. Les participants sont convenus d'organiser des patrouilles conjointes dans le golfe dès 2027.

8. La prochaine réunion se tiendra à Mombasa en octobre 2027.

9. Les participants ont exprimé leur gratitude au Gouvernement du Kenya.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_meetings_close_takes_nothing_from_its_heading(language: Language) -> None:
    tags = _tags(CLOSING[language], language)
    assert tags["7"] == {"MARITIME"}
    assert tags["8"] == set()
    assert tags["9"] == set()


PROVISIONS_WITH_CLOSING_WORDS = {
    # a statute's parts: a person "held" in the waiting zone, a hearing that "se tiendra",
    # a list that "may be revised" speak of no meeting and thank no one; each provision
    # takes its part's subject (border control, then CBRN materials), read off by hand
    "en": """# Border Security and Control Act

## PART 2 - BORDER CONTROL

4. Persons refused entry will be held in the waiting zone for no more than 48 hours.

5. The list of persons refused entry may be revised by the Minister every month.

## PART 3 - CHEMICAL, BIOLOGICAL, RADIOLOGICAL AND NUCLEAR MATERIALS

7. The list of controlled substances in Schedule 1 may be revised by the Minister.
""",
    "fr": """# Loi relative à la sécurité et au contrôle des frontières

## TITRE II - CONTRÔLE AUX FRONTIÈRES

4. Les personnes non admises sont en zone d'attente, où une audience se tiendra sous 48 heures.

5. La liste des personnes non admises pourra être révisée par le ministre chaque mois.

## TITRE III - MATIÈRES CHIMIQUES, BIOLOGIQUES, RADIOLOGIQUES ET NUCLÉAIRES

7. La liste des substances contrôlées figurant à l'annexe 1 pourra être révisée par le ministre.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_provision_that_only_brushes_closing_words_keeps_its_heading(
    language: Language,
) -> None:
    tags = _tags(PROVISIONS_WITH_CLOSING_WORDS[language], language)
    assert tags["4"] == {"BORDER"}
    assert tags["5"] == {"BORDER"}
    assert tags["7"] == {"CBRN"}
