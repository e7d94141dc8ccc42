"""Domain terms (ctdocs.extract._domains; data/models/domains.toml): laws named by their
subject, arms treaties, freezing regimes, explosives, legal terms, synonyms, information
sharing, air travel and publishers the tagger has not seen.
"""

# The check-table sentences are kept whole, one per line, so that the English and
# French versions can be read side by side.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text

# A law cited by its subject names the law, not a commitment of the text citing it
# (the Conseil constitutionnel's decision on "la loi relative à la prévention d'actes
# de terrorisme et au renseignement").
CITED_LAW = [
    ("en", "The deputies referred the Act respecting the prevention of terrorist acts and "
           "intelligence to the Council."),
    ("fr", "Les députés ont saisi le Conseil de la loi relative à la prévention d'actes de "
           "terrorisme et au renseignement."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), CITED_LAW)
def test_a_law_named_by_its_subject_is_not_its_domain(language: str, text: str) -> None:
    assert "INTEL" not in tag_text(text, language)
    # the same words outside a law's name are the domain
    bare = text.split("prevention" if language == "en" else "prévention")[1]
    assert "INTEL" in tag_text(bare, language)


# A treaty banning an arm, and the body verifying it, are arms control (WMD) and no
# CBRN threat; the arms themselves, where a clause deals with them, are both
# (devcorpus README item 37: the inspections under the Chemical Weapons Convention
# Implementation Act are WMD alone, "No person shall use a chemical weapon" is both).
# (language, text, expected codes), decided from guidelines section 4.
ARMS_TREATIES: list[tuple[str, str, set[str]]] = [
    ("en", "This Act implements the Chemical Weapons Convention.", {"WMD"}),
    ("fr", "La présente loi met en œuvre la Convention sur les armes chimiques.", {"WMD"}),
    ("en", "The inspectors of the Organization for the Prohibition of Chemical Weapons may enter the place.", {"WMD"}),
    ("fr", "Les inspecteurs de l'Organisation pour l'interdiction des armes chimiques peuvent entrer dans le lieu.", {"WMD"}),
    ("en", "Canada is a party to the Convention on the Prohibition of the Development, Production, Stockpiling and Use of Chemical Weapons and on their Destruction.", {"WMD"}),
    ("fr", "Le Canada est partie à la Convention sur l'interdiction de la mise au point, de la fabrication, du stockage et de l'emploi des armes chimiques et sur leur destruction.", {"WMD"}),
    ("en", "No person shall use a chemical weapon.", {"CBRN"}),
    ("fr", "Il est interdit d'employer des armes chimiques.", {"CBRN"}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "expected"), ARMS_TREATIES)
def test_an_arms_treaty_is_arms_control(language: str, text: str, expected: set[str]) -> None:
    assert set(tag_text(text, language)) & {"CBRN", "WMD"} == expected


# An asset-freezing regime says "deal in property owned, held or controlled by" and
# "financial or related services", not "terrorist financing": its prohibitions are
# terrorist financing all the same (devcorpus README item 37). (language, text)
FREEZING: list[tuple[str, str]] = [
    ("en", "No person shall knowingly deal in any property owned, held or controlled by a listed person."),
    ("fr", "Il est interdit d'effectuer sciemment une opération portant sur un bien détenu ou contrôlé par une personne inscrite."),
    ("en", "No person shall provide any financial or related services in respect of such a dealing."),
    ("fr", "Il est interdit de fournir des services financiers ou connexes à l'égard d'une telle opération."),
    ("en", "The Minister may exempt the property if it is necessary for basic or extraordinary expenses."),
    ("fr", "Le ministre peut soustraire le bien s'il est nécessaire au règlement de dépenses ordinaires ou extraordinaires."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), FREEZING)
def test_a_freezing_regime_is_financing(language: str, text: str) -> None:
    assert set(tag_text(text, language)) == {"FINANCING"}


def test_property_alone_is_not_financing() -> None:
    assert "FINANCING" not in tag_text("The owner of the property may appeal the decision.", "en")
    assert "FINANCING" not in tag_text(
        "Le propriétaire du bien peut faire appel de la décision.", "fr"
    )


# Marking plastic explosives so that they can be detected is explosive detection (EOD;
# devcorpus README item 37). (language, text)
PLASTIC: list[tuple[str, str]] = [
    ("en", "No person shall manufacture unmarked plastic explosives."),
    ("fr", "Il est interdit de fabriquer des explosifs plastiques non marqués."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), PLASTIC)
def test_unmarked_plastic_explosives_are_eod(language: str, text: str) -> None:
    assert set(tag_text(text, language)) == {"EOD"}


# The statutory offence of giving or receiving training for terrorism is no TRAINING
# commitment; a drone's legal name ("remotely piloted aircraft", "aéronef circulant
# sans personne à bord") is C-UAS. (language, text, code, tagged)
LEGAL_TERMS: list[tuple[str, str, str, bool]] = [
    ("en", "A person commits an offence if the person provides or receives training connected with a terrorist act.", "TRAINING", False),
    ("fr", "Constitue une infraction le fait de dispenser ou recevoir une formation liée à un acte terroriste.", "TRAINING", False),
    ("en", "States shall provide training to border guards.", "TRAINING", True),
    ("fr", "Les États dispensent une formation aux gardes-frontières.", "TRAINING", True),
    ("en", "Every person commits an offence who flies a remotely piloted aircraft over the infrastructure.", "C-UAS", True),
    ("fr", "Un aéronef circulant sans personne à bord peut être neutralisé.", "C-UAS", True),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "code", "tagged"), LEGAL_TERMS)
def test_legal_terms(language: str, text: str, code: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged


# Synonyms the trigger lists lacked (guidelines section 4 codes). (code, English, French)
SYNONYMS: list[tuple[str, str, str]] = [
    ("FINANCING", "Service providers for virtual assets must be registered.", "Les prestataires de services sur actifs virtuels sont soumis à enregistrement."),
    ("FINANCING", "Whoever provides or collects funds for a terrorist commits an offence.", "Quiconque fournit ou collecte des fonds au profit d'un terroriste commet une infraction."),
    ("CIP", "Operators of energy facilities shall draw up a security plan.", "Les exploitants d'installations énergétiques établissent un plan de sécurité."),
    ("CBRN", "Terrorists continue to seek chemical precursors.", "Les terroristes cherchent toujours à acquérir des précurseurs chimiques."),
    ("INTEL", "Police and gendarmerie shall feed a common database.", "La police et la gendarmerie alimentent un fichier commun."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "english", "french"), SYNONYMS)
def test_synonym_english(code: str, english: str, french: str) -> None:
    assert code in tag_text(english, "en")


@pytest.mark.parametrize(("code", "english", "french"), SYNONYMS)
def test_synonym_french(code: str, english: str, french: str) -> None:
    assert code in tag_text(french, "fr")


def test_checks_against_databases_are_not_intelligence() -> None:
    # (heldout2: "checked against the relevant databases" at the external border is BORDER)
    assert "INTEL" not in tag_text("Travellers are checked against the relevant databases.", "en")


# Canadian legal French says "communication d'information" where English says
# "disclosure" or "information sharing": the arrangement and the mutual disclosure
# between institutions are information sharing (INTEL), as in the English version.
SHARING: list[tuple[str, str]] = [
    ("en", "Entry into an information-sharing arrangement is appropriate."),
    ("fr", "La conclusion d'une entente de communication d'information convient."),
    ("en", "Institutions are encouraged to share information with one another."),
    ("fr", "Les institutions fédérales sont encouragées à communiquer entre elles de l'information."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text"), SHARING)
def test_information_sharing_in_canadian_french(language: str, text: str) -> None:
    assert "INTEL" in tag_text(text, language)


def test_communicating_information_alone_is_not_intelligence() -> None:
    # a duty to communicate information (to a court, to a person) is no sharing regime
    assert "INTEL" not in tag_text("Le ministre communique l'information au juge.", "fr")


# A body named after a domain (an intelligence service, a committee on intelligence)
# mentioned in passing is no commitment; disclosing to it is (devcorpus README item
# 37). Land, sea and air in one list name means, not maritime security.
# (language, text, code, tagged)
NAMES_AND_LISTS: list[tuple[str, str, str, bool]] = [
    ("en", "Witnesses from the Canadian Security Intelligence Service appeared before the committee.", "INTEL", False),
    ("en", "The Parliamentary Joint Committee on Intelligence and Security may review the listing.", "INTEL", False),
    ("en", "Every bank must disclose the property to the Director of the Canadian Security Intelligence Service.", "INTEL", True),
    ("fr", "Chaque banque communique l'existence des biens au Service canadien du renseignement de sécurité.", "INTEL", True),
    ("en", "States should extend access to the system to land, sea and air border posts.", "MARITIME", False),
    ("fr", "étendre l'accès au système aux postes frontières terrestres, maritimes et aériens ;", "MARITIME", False),
    ("en", "States should strengthen maritime security in their ports.", "MARITIME", True),
    ("fr", "Les États renforcent la sûreté maritime dans leurs ports.", "MARITIME", True),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "code", "tagged"), NAMES_AND_LISTS)
def test_names_and_lists_of_means(language: str, text: str, code: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged


# More synonyms: the non-profit sector (FATF Recommendation 8) and moving funds are
# terrorist financing; helping States at their request is capacity building.
SYNONYMS_2: list[tuple[str, str, str]] = [
    ("FINANCING", "Countries should assess the risks to which the non-profit sector is exposed.", "Les États évaluent les risques auxquels est exposé le secteur à but non lucratif."),
    ("FINANCING", "Online payment platforms are used to move funds to the camps.", "Des plateformes de paiement en ligne servent à transférer des fonds vers les camps."),
    ("CAPACITY", "The Secretariat will support participating States, upon their request, in implementing this decision.", "Le Secrétariat aidera les États participants qui en font la demande à appliquer la présente décision."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "english", "french"), SYNONYMS_2)
def test_synonym_2_english(code: str, english: str, french: str) -> None:
    assert code in tag_text(english, "en")


@pytest.mark.parametrize(("code", "english", "french"), SYNONYMS_2)
def test_synonym_2_french(code: str, english: str, french: str) -> None:
    assert code in tag_text(french, "fr")


# Travel by air is civil aviation (the Secure Air Travel Act / Loi sur la sûreté des
# déplacements aériens). (code, English, French)
AIR_TRAVEL: list[tuple[str, str, str]] = [
    ("AVIATION", "Persons who would threaten air travel are placed on the list.", "Les personnes qui menaceraient les déplacements aériens sont inscrites sur la liste."),
    ("AVIATION", "The inspector may enter any aerodrome.", "L'inspecteur peut entrer dans tout aérodrome."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "english", "french"), AIR_TRAVEL)
def test_air_travel_english(code: str, english: str, french: str) -> None:
    assert code in tag_text(english, "en")


@pytest.mark.parametrize(("code", "english", "french"), AIR_TRAVEL)
def test_air_travel_french(code: str, english: str, french: str) -> None:
    assert code in tag_text(french, "fr")


# Texts from publishers the dev corpus does not have (held-out batches), by class:
# a word cut at a line end ("rap- port"), a body's name ("Unit for Threat Analysis",
# "X and Y Act"), resilience against extremism (prevention, not CEP), the training
# offence's "not connected with", a terrorist act's definition (electronic systems,
# essential services, utilities), sharing data, a port named as a place.
# Expected values read off each sentence against guidelines section 4.
# (language, text, code, tagged)
UNSEEN_PUBLISHERS: list[tuple[str, str, str, bool]] = [
    ("fr", "la commission a autorisé la publication du présent rap- port d'information.", "MARITIME", False),
    ("en", "the committee gave its full sup- port to the proposal.", "MARITIME", False),
    ("fr", "la sûreté des ports et des navires", "MARITIME", True),
    ("en", "port security and the screening of ships", "MARITIME", True),
    ("en", "the Belgian Coordination Unit for Threat Analysis assesses each returnee.", "INTEL", False),
    ("en", "the Nuclear Safety and Control Act applies.", "CBRN", False),
    ("fr", "la Loi sur la sûreté et la réglementation nucléaires s'applique.", "CBRN", False),
    ("en", "This Act is the Counter-Terrorism (Critical Infrastructure and Explosives Precursors) Act 2022.", "C-IED", False),
    ("fr", "La Loi sur les précurseurs d'explosifs s'applique.", "C-IED", False),
    ("en", "We will work with local communities to build resilience against extremist narratives.", "CEP", False),
    ("fr", "renforcer la résilience des communautés face à la radicalisation", "CEP", False),
    ("fr", "l'accent sur le renforcement de la résilience des collectivités et les secours", "CEP", False),
    ("en", "Strengthen civil preparedness and the resilience of first responders.", "CEP", True),
    ("fr", "renforcer la résilience et les secours", "CEP", True),
    ("en", "(b) the training is not connected with preparation for a specific terrorist act.", "TRAINING", False),
    ("fr", "b) l'entraînement n'est pas lié à la préparation d'un acte terroriste précis.", "TRAINING", False),
    ("en", "disables, disrupts in a serious way or destroys an electronic system", "CYBER", True),
    ("fr", "met hors service, perturbe gravement ou détruit un système électronique", "CYBER", True),
    ("en", "a telecommunications network or a system on which essential public services depend", "CIP", True),
    ("fr", "un réseau de télécommunications ou un système dont dépendent des services publics essentiels", "CIP", True),
    ("en", "damage or disruption to any critical information infrastructure", "CYBER", True),
    ("fr", "une atteinte à une infrastructure critique d'information", "CYBER", True),
    ("en", "any system for the generation or transmission of electricity", "CIP", True),
    ("fr", "tout système de production ou de transport d'électricité", "CIP", True),
    ("en", "Share biometric data through secure channels.", "INTEL", True),
    ("fr", "Échanger les données biométriques par des canaux sécurisés.", "INTEL", True),
    ("en", "a visitor attraction within a port or airport terminal", "MARITIME", False),
    ("fr", "des portiques de détection, principalement aux ports du Havre et de Marseille", "MARITIME", False),
]  # fmt: skip


@pytest.mark.parametrize(("language", "text", "code", "tagged"), UNSEEN_PUBLISHERS)
def test_unseen_publishers(language: str, text: str, code: str, tagged: bool) -> None:
    assert (code in tag_text(text, language)) is tagged
