"""Domain tags by class of document (guidelines §4), French and English side by side.
Expected tags read off each text by hand: the domain is the provision's subject or its
commitment, not a word passing by.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.extract._domain_scope import _wrapped_words, inherit_scope
from ctdocs.extract._domains import score_text, tag_text
from ctdocs.structure._blocks import RawBlock


def _tags(text: str, language: Language) -> dict[str, set[str]]:
    doc = parse_text(text, language=language)
    return {c.number: {t.code for t in c.domains} for c in doc.clauses()}


INSTRUMENT_NAME = {
    # a short heading that names an instrument with its year is no rule-making label
    # ("Regulations" over the powers to make them): its provisions keep their subjects
    "en": """# Statutory Instruments

## Citation

### 1

These Regulations come into force on 1 January 2026.

## Drone Zones Regulations 2025

### 3

A person must not fly an unmanned aircraft within a restriction zone.

## Seizure

### 4

A constable may seize any improvised explosive device carried by the aircraft.
""",
    "fr": """# Textes réglementaires

## Entrée en vigueur

### 1

Le présent règlement entre en vigueur le 1er janvier 2026.

## Règlement de 2025 sur les drones

### 3

Nul ne peut faire voler un drone dans une zone d'interdiction.

## Saisie

### 4

Un agent peut saisir les engins explosifs improvisés transportés par l'appareil.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_instrument_named_with_its_year_is_no_rulemaking_heading(language: Language) -> None:
    tags = _tags(INSTRUMENT_NAME[language], language)
    assert "C-UAS" in tags["3"]
    assert "C-IED" in tags["4"]


DEFINED_TERMS = {
    # a numbered definition whose quoted term names a domain is about that domain;
    # one defining a plain word ("operator") is not
    "en": """# Protection of Essential Services Act

### Article 2

For the purposes of this Act:

1° "critical infrastructure": a facility, system or network, or a part of one, that is
essential to the vital functions of society;

2° "operator": any public or private body responsible for such a facility, its
staff, its budget or its premises.

### Article 3

Operators shall draw up a security plan.
""",
    "fr": """# Loi relative à la protection des services essentiels

### Article 2

Pour l'application de la présente loi, on entend par :

1° « infrastructure critique » : une installation, un système ou une partie de
ceux-ci, indispensable au maintien des fonctions vitales de la société;

2° « exploitant » : toute entité publique ou privée responsable d'une telle
installation, de son personnel, de son budget ou de ses locaux.

### Article 3

Les exploitants établissent un plan de sécurité.
""",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quoted_defined_term_is_the_definitions_subject(language: Language) -> None:
    tags = _tags(DEFINED_TERMS[language], language)
    assert "CIP" in tags["Article 2(1°)"]
    assert "CIP" not in tags["Article 2(2°)"]


def _scoped(text: str, heading: str, clause: str) -> dict[str, list[tuple[int, int]]]:
    """The tags clause ``clause`` of ``text`` takes from the heading ``heading`` over it
    (tagged CIP), as :func:`inherit_scope` passes them."""
    h, c = text.index(heading), text.index(clause)
    blocks = [
        RawBlock(kind="heading", start=h, end=h + len(heading), text=heading),
        RawBlock(kind="clause", start=c, end=c + len(clause), text=clause, section=heading),
    ]
    clauses: dict[int, dict[str, list[tuple[int, int]]]] = {1: {}}
    inherit_scope(blocks, clauses, {0: {"CIP": [(h, h + len(heading))]}}, {}, text)
    return clauses[1]


WRAPPED = {
    # the last line of a title wrapped over lines, taken alone as the heading, is a
    # short label no more: the whole title names the text, not its part
    "en": (
        "      JOINT STATEMENT ON PREVENTING THE USE OF DRONES AGAINST\n"
        "               NUCLEAR FACILITIES AND CRITICAL INFRASTRUCTURE\n\n"
        "1. We intend to review progress every two years.\n",
        "NUCLEAR FACILITIES AND CRITICAL INFRASTRUCTURE",
    ),
    "fr": (
        "      DÉCLARATION COMMUNE SUR LA PRÉVENTION DES ATTAQUES CONTRE\n"
        "               LES INFRASTRUCTURES CRITIQUES\n\n"
        "1. Nous examinerons les progrès accomplis tous les deux ans.\n",
        "LES INFRASTRUCTURES CRITIQUES",
    ),
}
SHORT = {
    # a short heading after a blank line, or after a sentence, is the label of its part
    "en": (
        "The parties agree as follows.\nProtection of critical infrastructure\n\n"
        "1. Operators shall draw up security plans.\n",
        "Protection of critical infrastructure",
    ),
    "fr": (
        "Les parties conviennent de ce qui suit :\n\nProtection des infrastructures critiques\n\n"
        "1. Les exploitants établissent des plans de sécurité.\n",
        "Protection des infrastructures critiques",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_tail_of_a_wrapped_title_is_no_section_label(language: Language) -> None:
    text, heading = WRAPPED[language]
    assert _scoped(text, heading, text.split("\n\n")[1].strip()) == {}
    text, heading = SHORT[language]
    assert "CIP" in _scoped(text, heading, text.split("\n\n")[-1].strip())


SHARED = {
    # a part about two subjects: each provision about one of them on its own is
    # about that one; a provision about neither takes both
    "en": (
        "Counter-drone and explosives screening",
        [
            ("An officer may disable an unmanned aircraft.", {"C-UAS"}),
            ("Owners shall screen bags with explosives trace detectors.", {"EOD"}),
            ("The Minister may issue directions under this Part.", set()),
        ],
    ),
    "fr": (
        "Lutte anti-drones et détection d'explosifs",
        [
            ("Un agent peut neutraliser un aéronef sans pilote.", {"C-UAS"}),
            ("Les exploitants détectent les explosifs dans les bagages.", {"EOD"}),
            ("Le ministre peut donner des instructions.", set()),
        ],
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_heading_with_two_subjects_shares_them_out(language: Language) -> None:
    heading, items = SHARED[language]
    text = "\n\n".join([heading] + [t for t, _ in items])
    blocks = [RawBlock(kind="heading", start=0, end=len(heading), text=heading)]
    clauses: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for k, (t, own) in enumerate(items, 1):
        s = text.index(t)
        blocks.append(RawBlock(kind="clause", start=s, end=s + len(t), text=t, section=heading))
        clauses[k] = {code: [(s, s + 1)] for code in own}
    spans = [(0, len(heading))]
    inherit_scope(blocks, clauses, {0: {"C-UAS": spans, "EOD": spans}}, {}, text)
    # the third takes up neither: nothing tells which, and it is about neither
    assert [set(clauses[k]) for k in (1, 2, 3)] == [{"C-UAS"}, {"EOD"}, set()]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Authorised officers may carry out border checks on persons arriving by sea."),
        ("en", "Part 3 sets out critical infrastructure and border measures."),
        ("fr", "Les agents procèdent à des vérifications aux frontières extérieures."),
        ("fr", "Le titre III prévoit des mesures à la frontière pour les voyageurs."),
    ],
)
def test_border_measures_and_checks_are_border_control(language: Language, text: str) -> None:
    assert "BORDER" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'opérateur d'importance vitale désigne un délégué pour la défense."),
        ("fr", "Le préfet peut interdire le survol des installations d'importance vitale."),
        ("fr", "Les États membres recensent les entités critiques de leur territoire."),
        ("en", "Member States shall identify the critical entities in each sector."),
        ("en", "Operators of vital importance shall adopt a security plan."),
    ],
)
def test_legal_names_of_critical_infrastructure(language: Language, text: str) -> None:
    assert "CIP" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # surveillance techniques of an investigation or a service
        ("fr", "Le juge peut autoriser la captation de données informatiques."),
        ("fr", "Les interceptions de correspondances sont autorisées par le Premier ministre."),
        ("en", "The warrant authorises the interception of communications for three months."),
        ("en", "Covert surveillance may be authorised by a senior officer."),
        # police notices circulated to every member country
        ("fr", "Les États recourent aux notices bleues pour signaler les personnes recherchées."),
        ("en", "Member countries should issue yellow notices for missing persons."),
    ],
)
def test_surveillance_and_police_notices_are_intelligence(language: Language, text: str) -> None:
    assert "INTEL" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Port authorities should include uncrewed aerial systems in their assessments."),
        ("en", "Detection of uncrewed aircraft near nuclear sites is a priority."),
        ("fr", "Les ports intègrent les aéronefs sans équipage à leurs évaluations."),
        ("en", "The airspace is closed to aircraft without persons on board."),
        ("fr", "L'espace aérien est fermé aux aéronefs sans occupants."),
    ],
)
def test_uncrewed_aircraft_are_drones(language: Language, text: str) -> None:
    assert "C-UAS" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text", "financing"),
    [
        (
            "en",
            "Whoever knowingly provides material support or resources to a terrorist "
            "organization shall be fined.",
            True,
        ),
        ("en", "It is an offence to give material support and resources to a listed entity.", True),
        # support for victims is no financing of terrorism
        ("en", "The fund gives material support to the victims of attacks.", False),
        ("fr", "Le fonds apporte un soutien matériel aux victimes des attentats.", False),
    ],
)
def test_material_support_to_terrorists_is_financing(
    language: Language, text: str, financing: bool
) -> None:
    assert ("FINANCING" in set(tag_text(text, language))) is financing


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Member States should make full use of the Schengen Information System."),
        ("en", "Officers check travellers against national wanted persons databases."),
        ("fr", "Les policiers consultent le fichier des personnes recherchées."),
        ("fr", "Les signalements sont inscrits dans le système d'information Schengen."),
    ],
)
def test_shared_police_information_systems_are_intelligence(language: Language, text: str) -> None:
    assert "INTEL" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text", "code", "tagged"),
    [
        # a body named at the head of a sentence does not swallow the sentence's verb
        (
            "fr",
            "invite la Commission et les États membres à renforcer la protection des "
            "infrastructures critiques",
            "CIP",
            True,
        ),
        (
            "en",
            "calls on the Commission and the Member States to strengthen the protection "
            "of critical infrastructure",
            "CIP",
            True,
        ),
        # a domain word inside a body's name is no commitment
        (
            "fr",
            "Nous saluons l'Institut de la Francophonie pour l'éducation et la formation.",
            "TRAINING",
            False,
        ),
        (
            "en",
            "We welcome the work of the European Union Agency for Law Enforcement Training.",
            "TRAINING",
            False,
        ),
    ],
)
def test_a_bodys_name_ends_before_the_sentences_verb(
    language: Language, text: str, code: str, tagged: bool
) -> None:
    assert (code in set(tag_text(text, language))) is tagged


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # a report cited by its name is read elsewhere: its words commit to nothing here
        ("en", "For more, see the 2026 International Narcotics Control Strategy Report.", False),
        ("en", "The Global Maritime Security Report was published in May.", False),
        # the same words as the clause's own matter
        ("en", "States should step up counter-narcotics cooperation along the coast.", True),
        ("fr", "Les États renforcent la lutte antidrogue le long des côtes.", True),
    ],
)
def test_a_cited_reports_name_is_no_commitment(language: Language, text: str, tagged: bool) -> None:
    assert bool(set(tag_text(text, language)) & {"NARCOTICS", "MARITIME"}) is tagged


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a heading's offset past the text's end (an empty text): no lines above it
        ("", 5),
        ("Chapitre 2 - Infrastructures critiques\n", 60),
        ("Part 2 - Critical infrastructure\n", 60),
    ],
)
def test_no_wrapped_lines_past_the_texts_end(text: str, start: int) -> None:
    assert _wrapped_words(text, start) == 0


@pytest.mark.parametrize(
    ("language", "text", "code"),
    [
        # the counter-drone measures name the domain without the word "drone"
        ("en", "Rules on radio-frequency jamming are reviewed.", "C-UAS"),
        ("fr", "Un dispositif de brouillage est mis en œuvre.", "C-UAS"),
        ("en", "The module covers chemical payloads carried by unmanned systems.", "C-UAS"),
        ("fr", "Des moyens de neutralisation par brouillage ou leurrage.", "C-UAS"),
        # exchanging intelligence, verb and object apart ("échanger ... les renseignements")
        ("en", "Authorities may exchange, with reciprocity, information on fighters.", "INTEL"),
        ("fr", "Elles peuvent échanger, sous réserve, les renseignements relatifs :", "INTEL"),
    ],
)
def test_counter_measures_and_exchanges_name_their_domain(
    language: Language, text: str, code: str
) -> None:
    assert code in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # an organisation's acronym or an agency's name is the addressee, not the subject
        ("en", "Calls upon Member States to provide timely notification to ICAO of any act."),
        ("fr", "Invite les États à notifier sans délai à l'OACI tout acte."),
        ("en", "The Secretary, with the Federal Aviation Administration, may act."),
    ],
)
def test_a_body_named_after_aviation_is_no_aviation_subject(language: Language, text: str) -> None:
    assert "AVIATION" not in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the offence's verbs in a series, the sanctions that freeze funds, ransoms
        ("en", "Whoever provides, collects or manages funds for a terrorist is liable."),
        ("fr", "Quiconque fournit, réunit ou gère des fonds pour un terroriste est puni."),
        ("en", "Countries should implement targeted financial sanctions."),
        ("fr", "Les États mettent en œuvre des sanctions financières ciblées."),
        ("en", "Chapter 3 Restrictive financial measures"),
        ("fr", "Chapitre 3 Mesures restrictives en matière financière"),
        ("en", "Ransom payments are a significant source of financing for the group."),
        ("fr", "Les paiements de rançons alimentent le groupe."),
    ],
)
def test_funds_provided_frozen_or_paid_as_ransom_are_financing(
    language: Language, text: str
) -> None:
    assert "FINANCING" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a target's sites: their hostile reconnaissance, their industrial control systems,
        # the protection perimeters and the places open to the public
        ("en", "Hostile reconnaissance means gathering information on a site."),
        ("fr", "La reconnaissance hostile consiste à recueillir des informations sur un site."),
        ("en", "States include attacks on industrial control systems in their assessments."),
        ("fr", "Les États incluent les attaques contre les systèmes de contrôle industriels."),
        ("fr", "Les périmètres de protection sont instaurés par arrêté motivé."),
        ("fr", "Sécuriser les établissements recevant du public."),
    ],
)
def test_the_sites_a_terrorist_targets_are_infrastructure(language: Language, text: str) -> None:
    assert "CIP" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "refer to" after a modal or "to" is an instruction, "by means of" a noun:
        # neither opens a definition whose body would weigh less
        ("en", "States should refer to their assessments for the protection of public spaces."),
        ("en", "Operators prevent attacks by means of drones against critical infrastructure."),
        ("fr", "Les États doivent se référer aux analyses sur la protection des espaces publics."),
        ("fr", "Ils visent au moyen de drones les infrastructures critiques."),
    ],
)
def test_an_instruction_to_refer_is_no_definition(language: Language, text: str) -> None:
    assert "CIP" in set(tag_text(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", '"Protected site" means a site chosen for the protection of public spaces.'),
        ("en", "The term protected site refers to a site for the protection of public spaces."),
        ("fr", "Le terme site protégé signifie un site pour la protection des espaces publics."),
        ("fr", "On entend par site protégé un site choisi pour la protection des espaces publics."),
    ],
)
def test_a_definitions_body_still_weighs_less(language: Language, text: str) -> None:
    weight, _ = score_text(text, language)["CIP"]
    assert weight < 1.0


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the aircraft of a drone phrase is the drone: it no longer pairs with the
        # overflight word into an aviation tag
        (
            "en",
            "The overflight of the zone by any remotely piloted aircraft is prohibited.",
            {"C-UAS"},
        ),
        (
            "fr",
            "Le survol de la zone par tout aéronef circulant sans personne à bord est interdit.",
            {"C-UAS"},
        ),
        # an airspace measure about drones stays aviation as well
        (
            "en",
            "Any flight of an unmanned aircraft over the airspace of the zone is prohibited.",
            {"AVIATION", "C-UAS"},
        ),
        (
            "fr",
            "Tout vol d'aéronef sans équipage dans l'espace aérien de la zone est interdit.",
            {"AVIATION", "C-UAS"},
        ),
    ],
)
def test_an_aircraft_word_inside_a_drone_phrase_is_the_drone(
    language: Language, text: str, expected: set[str]
) -> None:
    assert set(tag_text(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a blocking regime's words are the financing sanctions (as "freezing" is)
        (
            "en",
            "All property and interests in property of these persons are blocked.",
            {"FINANCING"},
        ),
        ("fr", "Les avoirs bloqués de ces personnes ne peuvent être transférés.", {"FINANCING"}),
        # training to commit terrorist acts is the offence; a right that is exercised
        # is no exercise
        ("en", "Persons who participated in training to commit acts of terrorism.", set()),
        (
            "fr",
            "Ceux qui ont suivi un entraînement en vue de commettre des actes de terrorisme.",
            set(),
        ),
        ("fr", "Les droits d'accès et de rectification s'exercent auprès du ministère.", set()),
        ("fr", "Nos forces pourront s'entraîner, s'exercer et opérer ensemble.", {"TRAINING"}),
    ],
)
def test_blocked_property_and_training_for_terror(
    language: Language, text: str, expected: set[str]
) -> None:
    assert set(tag_text(text, language)) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Armed groups modify drones to carry improvised explosive payloads.", True),
        ("fr", "Les groupes armés fabriquent des explosifs artisanaux.", True),
        # an explosive device or substance in an offence: C-IED with another weak word
        ("en", "Possession of an explosive substance or an explosive device is an offence.", True),
        ("fr", "La détention de substances explosives ou d'engins explosifs est punie.", True),
        # one of them alone is no subject
        ("en", "The store keeps explosive substances under lock.", False),
        ("fr", "Le dépôt conserve les substances explosives sous clé.", False),
    ],
)
def test_home_made_explosives_and_explosive_devices(
    language: Language, text: str, expected: bool
) -> None:
    assert ("C-IED" in set(tag_text(text, language))) is expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Operators take part in cross-border crisis management exercises.", True),
        (
            "fr",
            "Les exploitants participent aux exercices transfrontaliers de gestion de crise.",
            True,
        ),
        # NATO's crisis management is a military core task: weak on its own
        ("en", "Collective defence, crisis management and cooperative security.", False),
        ("fr", "La défense collective, la gestion de crise et la sécurité coopérative.", False),
    ],
)
def test_crisis_management_exercises_are_emergency_planning(
    language: Language, text: str, expected: bool
) -> None:
    assert ("CEP" in set(tag_text(text, language))) is expected


@pytest.mark.parametrize(
    ("language", "text", "tagged"),
    [
        # the drone flown through its camera names the threat without the word "drone"
        ("en", "Da'esh publishes step-by-step guidance on first-person-view attacks.", True),
        ("en", "Two suspects had bought several FPV systems online.", True),
        ("fr", "Deux individus ont manifesté leur intérêt pour des appareils de type FPV.", True),
        ("fr", "Des tutoriels de pilotage en immersion circulent sur les messageries.", True),
        # the acronym only in capitals; the ordinary words only in the phrase
        ("en", "The fpv column of the table lists the fixed price values.", False),
        ("en", "In the first person, the author views the attack as a turning point.", False),
        ("fr", "La vue depuis le premier étage donne sur la place.", False),
    ],
)
def test_first_person_view_drones_are_counter_uas(
    language: Language, text: str, tagged: bool
) -> None:
    assert ("C-UAS" in set(tag_text(text, language))) is tagged
