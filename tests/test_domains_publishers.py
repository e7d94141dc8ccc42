"""Domain triggers for how publishers new to the corpus word a domain (guidelines §4),
French and English side by side. Each sentence is written in the style of a text of
that kind (a drone decree, a customs circular, a regional communiqué, a judgment) and
its expected tags are read off by hand: the domain is the sentence's subject or its
commitment, not a word brushing past.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domain_scope import _says
from ctdocs.extract._domains import tag_text

# (code, English sentence, French sentence): each names the domain as its subject
POSITIVES = [
    # the sites a drone or an attack threatens, named by what makes them targets
    (
        "CIP",
        "The organization should assess the threat to each critical site at least annually.",
        "Le survol des sites sensibles de la défense est interdit.",
    ),
    (
        "CIP",
        "Incidents were recorded above nuclear sites and military bases.",
        "Des incidents ont été enregistrés au-dessus de sites nucléaires.",
    ),
    # home-made explosives and making them
    (
        "C-IED",
        "Three plots involving TATP were foiled since 2016.",
        "Trois projets d'attentat impliquant du TATP ont été déjoués depuis 2016.",
    ),
    (
        "C-IED",
        "The investigators found a manual for the manufacture of explosives.",
        "Les enquêteurs ont découvert un manuel de fabrication d'explosifs.",
    ),
    # information shared in the passive, pooled; intelligence centralised and analysed
    (
        "INTEL",
        "Information on these incidents is regularly shared with neighbouring States.",
        "Les informations sur ces incidents sont-elles échangées avec les autorités voisines ?",
    ),
    (
        "INTEL",
        "Member States should pool the technical data on recovered devices.",
        "Les Etats membres mutualisent les données techniques relatives aux engins recueillis.",
    ),
    (
        "INTEL",
        "Information received from member services shall be shared with the Centre.",
        "Le Centre a pour mission de centraliser et d'analyser les renseignements produits.",
    ),
    # the financing of a group's activity; the channels money reaches it through
    (
        "FINANCING",
        "He took part in the financing of the activities of a terrorist group.",
        "Il a participé au financement d'une activité du groupe terroriste.",
    ),
    (
        "FINANCING",
        "Operators shall apply due diligence to mobile money and money transfers abroad.",
        "Il a effectué vingt-six envois d'argent vers des intermédiaires à l'étranger.",
    ),
    # partners called on to support; technical assistance offered to states
    (
        "CAPACITY",
        "The Council called upon partners to support the implementation of the framework.",
        "Le Conseil invite les partenaires à appuyer la mise en œuvre du cadre.",
    ),
    (
        "CAPACITY",
        "The Secretariat will offer technical assistance to six member countries.",
        "Le Secrétariat offrira une assistance technique aux Etats membres.",
    ),
    # a passenger port named by its ships
    (
        "MARITIME",
        "A joint exercise was held on an attack against a ferry terminal.",
        "Un exercice conjoint a porté sur une attaque contre un terminal de ferries.",
    ),
    # a border control with a singular possessive
    (
        "BORDER",
        "Mauritania stressed the importance of the control of its eastern border.",
        "La Mauritanie a souligné l'importance du contrôle de sa frontière orientale.",
    ),
]


@pytest.mark.parametrize(("code", "english", "french"), POSITIVES)
def test_english_sentence_is_tagged(code: str, english: str, french: str) -> None:
    assert code in tag_text(english, "en")


@pytest.mark.parametrize(("code", "english", "french"), POSITIVES)
def test_french_sentence_is_tagged(code: str, english: str, french: str) -> None:
    assert code in tag_text(french, "fr")


# (text, language, codes it must not carry)
NEGATIVES = [
    # gathering information on places is the terrorist's reconnaissance (the offence)
    (
        "Recueillir des renseignements sur des lieux ou des personnes permettant de mener "
        "une action.",
        "fr",
        ("INTEL",),
    ),
    # the marking of plastic explosives is a treaty duty, not a home-made device
    ("Il est interdit de procéder à la fabrication d'explosifs plastiques.", "fr", ("C-IED",)),
    ("No person shall engage in the manufacture of plastic explosives.", "en", ("C-IED",)),
    # a drone regulation's name carries aviation words that are no commitment
    (
        "Clause 8 is modelled on the scheme adopted in its Civil Aviation (Unmanned Aircraft) "
        "Regulations of 2023.",
        "en",
        ("AVIATION",),
    ),
    # a site named by something other than its vulnerability
    ("Le site internet du ministère publie la liste des textes.", "fr", ("CIP",)),
    ("The Ministry's web site publishes the list of texts.", "en", ("CIP",)),
]


@pytest.mark.parametrize(("text", "language", "banned"), NEGATIVES)
def test_negative(text: str, language: str, banned: tuple[str, ...]) -> None:
    tags = tag_text(text, language)
    assert not set(banned) & set(tags), tags


# a title names a statute when the statute word is its head, not when it is a complement
# naming an act (a judgment's subject line, a report on how an act works)
STATUTE_TITLES = [
    ("Explosives Act", "en", True),
    ("Criminal Code Act 1995", "en", True),
    ("Annual report on the operation of the Act", "en", False),
    ("Loi sur les explosifs", "fr", True),
    ("Règlement d'application des résolutions des Nations Unies", "fr", True),
    (
        "Objet : infraction à l'art. 2 de la loi fédérale ; financement du terrorisme",
        "fr",
        False,
    ),
    ("Cour d'appel, siégeant en application de l'article 109bis du Code judiciaire", "fr", False),
]


@pytest.mark.parametrize(("title", "language", "statute"), STATUTE_TITLES)
def test_statute_word_counts_only_as_the_title_head(
    title: str, language: str, statute: bool
) -> None:
    assert _says(title, language, "statute") is statute
