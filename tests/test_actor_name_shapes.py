"""Actors by the shape of their names, beyond the knowledge base's forms: a known
full name written in another case, a name built on ``X of Y``, an acronym spelt by
more than initials or defined by ``hereinafter``. Texts written for these tests;
expected values checked by hand against the annotation guidelines (§3).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor id, kind) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        (
            # a knowledge-base full name, "Nations unies" in lower case: one mention
            "fr",
            "Le Bureau de lutte contre le terrorisme des Nations unies a présenté son "
            "rapport annuel aux États membres.",
            {"Bureau de lutte contre le terrorisme des Nations unies": "unoct"},
        ),
        (
            # a body and its owner in a name the knowledge base does not give: two
            "en",
            "The Counter-Terrorism Committee of the Security Council held an open briefing "
            "on the financing of terrorism.",
            {"Counter-Terrorism Committee": "un-ctc", "Security Council": "unsc"},
        ),
    ],
)
def test_a_known_full_name_in_another_case(lang: str, text: str, surfaces: dict[str, str]) -> None:
    found = _by_surface(text, lang)
    assert {s: found[s][0] for s in surfaces if s in found} == surfaces, sorted(found)
    assert not any(s != t and s in t for t in surfaces for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "en",
            "The ministers of ECOWAS and the Lake of Ohrid Authority will meet in the spring.",
            "Lake of Ohrid Authority",
        ),
        (
            "fr",
            # (the Gulf of Guinea Commission is in the knowledge base since session 35: a
            # body of the same shape it does not hold)
            "La Commission du Golfe de Gascogne se réunira au printemps avec les ministres.",
            "Commission du Golfe de Gascogne",
        ),
    ],
)
def test_a_name_built_on_a_place_of_its_own(lang: str, text: str, surface: str) -> None:
    """``Gulf of Guinea Commission``: the words before an English head may hold ``of``;
    the name is whole, not cut after the ``of`` (``Guinea Commission``)."""
    found = _by_surface(text, lang)
    assert surface in found, sorted(found)
    assert found[surface][1] == "organ"
    assert not any(s != surface and s in surface for s in found), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "acronym"),
    [
        (
            # the acronym takes two letters of "Cellule": spelt by more than initials
            "fr",
            "La Cellule nationale de traitement des informations financières (CENTIF) "
            "reçoit les déclarations de soupçon. La CENTIF en rend compte au ministre.",
            "Cellule nationale de traitement des informations financières",
            "CENTIF",
        ),
        (
            "fr",
            "Le fonds travaille avec la Banque centrale des États de l'Afrique de l'Ouest "
            "(BCEAO). La BCEAO publie les listes.",
            "Banque centrale des États de l'Afrique de l'Ouest",
            "BCEAO",
        ),
        (
            # the acronym after "hereinafter", in brackets, with an article
            "en",
            "The Council took note of the report of the Expert Group on Terrorist Financing "
            '(hereinafter "the EGTF") and asked the EGTF to report again in June.',
            "Expert Group on Terrorist Financing",
            "EGTF",
        ),
        (
            "fr",
            "Le Conseil prend note du rapport du Groupe d'experts sur le financement du "
            "terrorisme (ci-après « le GEFT ») et invite le GEFT à faire rapport en juin.",
            "Groupe d'experts sur le financement du terrorisme",
            "GEFT",
        ),
    ],
)
def test_an_acronym_the_text_defines_is_the_same_body(
    lang: str, text: str, name: str, acronym: str
) -> None:
    found = _by_surface(text, lang)
    assert name in found and acronym in found, sorted(found)
    assert found[name][0] == found[acronym][0]


@pytest.mark.parametrize(
    ("lang", "text", "name", "acronym"),
    [
        (
            # English order, title case, closed by its head; "NI" and two letters
            # of no initial: spelt loosely
            "en",
            "The Nigerian Ports Authority and the Nigerian Maritime Administration\n"
            "and Safety Agency (NIMASA) shall secure the ports. NIMASA shall report.",
            "Nigerian Maritime Administration and Safety Agency",
            "NIMASA",
        ),
        (
            # French order, the acronym of the name in another language: the head
            # noun's initial opens it, no spelling of the rest
            "fr",
            "Le ministère échange des informations avec le Service de renseignement "
            "de l'État (SIE) et participe au Groupe Egmont.",
            "Service de renseignement de l'État",
            "SIE",
        ),
        (
            # a digit in the acronym ("2R": two words in R)
            "fr",
            "Le Fonds travaille avec le Centre national de ressources et de résilience "
            "(CN2R) sur la prise en charge du psychotrauma.",
            "Centre national de ressources et de résilience",
            "CN2R",
        ),
    ],
)
def test_an_acronym_that_does_not_spell_its_name_still_names_it(
    lang: str, text: str, name: str, acronym: str
) -> None:
    """``Full Name (ACR)`` where the letters are not the name's initials: the whole
    name up to the bracket is the body, not a piece of it (``Safety Agency``)."""
    found = _by_surface(text, lang)
    assert name in found and acronym in found, sorted(found)
    assert found[name][0] == found[acronym][0]
    assert not any(s != name and s in name and s[0].isupper() for s in found), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # two words spelling four letters: an operation's name, no body
        (
            "en",
            "We have approved the concept of a Stabilisation Force (SFOR) to follow on.",
            "Stabilisation Force",
        ),
        # the nearest head in the acronym's letter is in lower case: a sentence, no name
        (
            "fr",
            "Le Conseil invite les cellules nationales de traitement des informations "
            "financières (CENTIF) à coopérer.",
            "Conseil invite les cellules nationales de traitement des informations financières",
        ),
    ],
)
def test_an_acronym_after_words_that_are_no_name(lang: str, text: str, surface: str) -> None:
    assert surface not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Improvised Explosive Devices (IED) kill; IED attacks rose in 2025."),
        ("fr", "Les engins explosifs improvisés (EEI) tuent ; les EEI sont partout."),
    ],
)
def test_an_acronym_of_a_thing_names_no_body(lang: str, text: str) -> None:
    """No head noun opens the words the acronym spells: a thing, not a body."""
    assert not {s for s in _by_surface(text, lang) if "IED" in s or "EEI" in s}


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        (
            "en",
            "This Act shall take effect on publication.\n\nApproved,\n\n"
            "(Sgd.) HELENA V. MARSTRAND-COLE\nPresident of the Senate\n\n"
            "(Sgd.) TOMAS R. ABELLO\nSpeaker of the House of Representatives\n",
            {"HELENA V. MARSTRAND-COLE", "TOMAS R. ABELLO"},
        ),
        (
            "fr",
            "Fait à Paris, le 3 mars 2026.\n\nANNE-LISE K. VORMS\nPrésidente de la "
            "commission\n\n(signé) Jean-Marc TOURNIER\nSecrétaire général\n",
            {"ANNE-LISE K. VORMS", "Jean-Marc TOURNIER"},
        ),
        (
            # a peer's seat is part of the name; "of the" opens no seat
            "en",
            "The Regulations were laid before Parliament.\n\nLord Westacre of Holme\n"
            "Parliamentary Under-Secretary of State\n\nLord Pellow of the Cabinet Office "
            "agreed.",
            {"Lord Westacre of Holme", "Lord Pellow"},
        ),
        (
            "fr",
            "Lady Ferrand of Kelso a présenté le rapport au nom de la délégation britannique.",
            {"Lady Ferrand of Kelso"},
        ),
    ],
)
def test_a_signature_above_its_office_and_a_peers_seat(
    lang: str, text: str, persons: set[str]
) -> None:
    found = _by_surface(text, lang)
    assert {s for s, (_, kind) in found.items() if kind == "person"} == persons, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "short"),
    [
        (
            "en",
            "Recalling that the Assembly of the Contracting Parties (hereinafter "
            '"the Assembly") adopted decision A-4, the Board invites the Assembly to act.',
            "Assembly of the Contracting Parties",
            "Assembly",
        ),
        (
            "fr",
            "Rappelant que la Conférence des États parties (ci-après « la Conférence ») a "
            "adopté la décision C-20, le Conseil invite la Conférence à agir.",
            "Conférence des États parties",
            "Conférence",
        ),
        (
            "en",
            "There is hereby created a Regional Drone Security Board, hereinafter referred "
            "to as the Board, under the Ministry. The Board shall meet monthly.",
            "Regional Drone Security Board",
            "Board",
        ),
    ],
)
def test_a_short_name_the_text_defines(lang: str, text: str, name: str, short: str) -> None:
    """'(hereinafter "the Assembly")': the capitalised short name is that body."""
    found = _by_surface(text, lang)
    assert name in found and short in found, sorted(found)
    assert found[name][0] == found[short][0]


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "en",
            "The exercise was led by Lt. Cdr. (ret.) Marek Ostrowiak of the Navy, who "
            "reported to the board.",
            "Marek Ostrowiak",
        ),
        (
            "fr",
            "Le dispositif a été présenté par le Lcl Aurèle Vantroys, de la gendarmerie, "
            "devant les élus.",
            "Aurèle Vantroys",
        ),
    ],
)
def test_a_name_after_an_abbreviated_rank(lang: str, text: str, person: str) -> None:
    """A rank written short (``Lt. Cdr. (ret.)``, ``Lcl``) is a title: not part of the
    name, and no name of its own."""
    found = _by_surface(text, lang)
    persons = {s for s, (_, kind) in found.items() if kind == "person"}
    assert persons == {person}, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        (
            "fr",
            "La Cour européenne des droits de l'homme, siégeant en chambre, rend l'arrêt "
            "suivant. La Cour rappelle sa jurisprudence constante.",
            "Cour",
        ),
        (
            "en",
            "The European Court of Human Rights, sitting as a Chamber, delivers the following "
            "judgment. The Court recalls its settled case-law.",
            "Court",
        ),
    ],
)
def test_the_court_in_a_judgment_of_the_european_court(lang: str, text: str, short: str) -> None:
    """A judgment calls itself "the Court" after its full name (a weak alias: it counts
    where the text names that court)."""
    assert _by_surface(text, lang).get(short, ("", ""))[0] == "ecthr"


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        (
            # "générale" closes the Assembly's name; "Distr." is no general's name
            "fr",
            "Nations Unies A/RES/80/12\nAssemblée générale Distr. générale\n9 avril 2026\n\n"
            "Le Conseil, rappelant le rapport du général Amadou Keïta, adopte le texte.",
            {"Amadou Keïta"},
        ),
        (
            # a credit of two words keeps its name after a capitalised word
            "en",
            "The Annual Review written by Tomas Hendrikse was published in March.",
            {"Tomas Hendrikse"},
        ),
    ],
)
def test_a_lower_case_title_after_a_name_is_its_adjective(
    lang: str, text: str, persons: set[str]
) -> None:
    found = _by_surface(text, lang)
    assert {s for s, (_, kind) in found.items() if kind == "person"} == persons, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            'Recalling Article X of the Chemical Weapons Convention (hereinafter "the '
            'Convention"), the Council notes that the Convention applies.',
        ),
        (
            "fr",
            "Rappelant l'Article 3 de la Convention sur les Armes chimiques (ci-après « la "
            "Convention »), le Conseil note que la Convention s'applique.",
        ),
    ],
)
def test_a_short_name_defined_for_a_treaty_names_no_body(lang: str, text: str) -> None:
    found = _by_surface(text, lang)
    assert not any("Convention" in s for s in found), sorted(found)


@pytest.mark.parametrize(
    ("text", "body", "not_in"),
    [
        # a communiqué's operative verb in capitals after the body (two styles of outcome
        # statement), and the acronym set beside its name in a list of bodies
        (
            "The Regional Border Security Committee AGREED to meet again in 2027.",
            "Regional Border Security Committee",
            "AGREED",
        ),
        (
            "Ministers welcomed the Regional Network of Financial Intelligence Units and "
            "ENCOURAGED its members to share data.",
            "Regional Network of Financial Intelligence Units",
            "ENCOURAGED",
        ),
        (
            "Members of the network:\nPacific Maritime Fusion Centre PMFC\n"
            "Oceania Border Agency OBA\n",
            "Pacific Maritime Fusion Centre",
            "PMFC",
        ),
    ],
)
def test_a_word_in_capitals_after_a_mixed_case_name_is_no_part_of_it(
    text: str, body: str, not_in: str
) -> None:
    found = _by_surface(text, "en")
    assert found[body][1] == "organ"
    assert not any(not_in in s and s != not_in for s in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a joiner before the capitals, or a roman numeral: part of the name
        ("The Standing Committee of the OAU met in Addis Ababa.", "Standing Committee of the OAU"),
        ("The report was adopted by Audit Chamber III in May.", "Audit Chamber III"),
    ],
)
def test_capitals_after_a_joiner_or_a_numeral_stay_in_the_name(text: str, body: str) -> None:
    assert body in _by_surface(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "body", "acronym"),
    [
        # an acronym defines the body a law creates, after an indefinite article too
        (
            "fr",
            "Il est créé une Cellule de Lutte contre les Engins Explosifs Improvisés (CLEEI).",
            "Cellule de Lutte contre les Engins Explosifs Improvisés",
            "CLEEI",
        ),
        (
            "en",
            "There is hereby established a Counter Improvised Explosive Devices Cell (CIEDC).",
            "Counter Improvised Explosive Devices Cell",
            "CIEDC",
        ),
        # a known body closing the name is part of it where the acronym spells it too
        (
            "fr",
            "Le PNAT est avisé. Le drone saisi est examiné par l'Institut de recherche "
            "criminelle de la gendarmerie nationale (IRCGN).",
            "Institut de recherche criminelle de la gendarmerie nationale",
            "IRCGN",
        ),
        (
            "en",
            "Seized drones are examined by the Criminal Research Institute of the National "
            "Gendarmerie (CRING).",
            "Criminal Research Institute of the National Gendarmerie",
            "CRING",
        ),
    ],
)
def test_a_name_its_acronym_defines_is_one_body(
    lang: str, text: str, body: str, acronym: str
) -> None:
    found = _by_surface(text, lang)
    assert found[body][1] == "organ"
    assert found[acronym] == found[body]


@pytest.mark.parametrize(
    ("lang", "text", "name", "acronym"),
    [
        (
            # a head that heads a name only where an acronym spells it
            "en",
            "Missiles are developed by the Defence Research and Development Organisation "
            "(DRDO). The DRDO reports to the ministry.",
            "Defence Research and Development Organisation",
            "DRDO",
        ),
        (
            # a joiner that gives its letter ("matière")
            "fr",
            "La Plateforme de coopération en matière de sécurité (PCMS) a présenté son "
            "rapport. La PCMS siège à Nouakchott.",
            "Plateforme de coopération en matière de sécurité",
            "PCMS",
        ),
        (
            # a plural head after "The"
            "en",
            "The Special Assault Teams (SAT) of eight prefectures train together. The SAT "
            "are on call.",
            "Special Assault Teams",
            "SAT",
        ),
        (
            # a plural head after "Les", in sentence case
            "fr",
            "Les cellules nationales de coopération (CNC) des États membres se réunissent. "
            "Les CNC font rapport.",
            "cellules nationales de coopération",
            "CNC",
        ),
    ],
)
def test_an_acronym_spells_a_name_on_a_rarer_or_plural_head(
    lang: str, text: str, name: str, acronym: str
) -> None:
    found = _by_surface(text, lang)
    assert name in found and acronym in found, sorted(found)
    assert found[name] == (found[acronym][0], "organ")


@pytest.mark.parametrize(
    ("lang", "text", "acronym"),
    [
        (
            # a plural head after a possessive: each state's own units, a kind of body
            "fr",
            "Les États s'engagent à renforcer leurs cellules de renseignement financier "
            "(CRF) en matière d'analyse. Les CRF coopèrent.",
            "CRF",
        ),
        (
            # an object spelt by its acronym, no head noun: no body
            "en",
            "The standard is available on the Online Browsing Platform (OBP). The OBP "
            "lists every standard.",
            "OBP",
        ),
    ],
)
def test_an_acronym_spelling_no_body_names_none(lang: str, text: str, acronym: str) -> None:
    found = _by_surface(text, lang)
    assert not any(acronym in s for s in found), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "name", "acronym", "inner"),
    [
        (
            # a bare "Organisation" the text resolved to a known body, inside a longer name
            "en",
            "They met the World Health Organization (WHO), the World Organisation for "
            "Animal Health (WOAH) and INTERPOL. The WOAH spoke first.",
            "World Organisation for Animal Health",
            "WOAH",
            "Organisation",
        ),
        (
            # a known name opening a longer one the acronym spells
            "fr",
            "Le Centre régional de coordination des opérations (CRCO) a été créé. Le CRCO "
            "échange des informations.",
            "Centre régional de coordination des opérations",
            "CRCO",
            "Centre régional de coordination",
        ),
    ],
)
def test_an_acronym_spells_a_longer_name_round_a_known_one(
    lang: str, text: str, name: str, acronym: str, inner: str
) -> None:
    found = _by_surface(text, lang)
    assert name in found and acronym in found, sorted(found)
    assert found[name][0] == found[acronym][0]
    assert inner not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        ("fr", "Le Conseil de sécurité des Nations Unies (CSNU) agit.", "CSNU", "unsc"),
        (
            "en",
            "The Counter-Terrorism Committee Executive Directorate (CTED) met.",
            "CTED",
            "cted",
        ),
    ],
)
def test_a_known_body_spelt_by_its_own_acronym_stays_known(
    lang: str, text: str, surface: str, actor_id: str
) -> None:
    found = _by_surface(text, lang)
    assert found.get(surface, ("",))[0] == actor_id, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "body", "acronym"),
    [
        # a name in lower case, spelt letter for letter, one singular head, after a
        # singular definite article: one body, though its acronym stands only there
        (
            "fr",
            "Le service national du renseignement pénitentiaire (SNRP) suit les détenus.",
            "service national du renseignement pénitentiaire",
            "SNRP",
        ),
        (
            "en",
            "Reports are sent to the national intelligence service (NIS) within a day.",
            "national intelligence service",
            "NIS",
        ),
    ],
)
def test_a_lower_case_name_after_a_singular_article_is_one_body(
    lang: str, text: str, body: str, acronym: str
) -> None:
    found = _by_surface(text, lang)
    assert found[body][1] == "organ"
    assert found[acronym] == found[body]


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        # after a plural article, each place's own units (a kind); no article, a phrase
        (
            "fr",
            "Les détenus sont suivis par des services pénitentiaires d'insertion (SPI).",
            "services pénitentiaires d'insertion",
        ),
        (
            "en",
            "Each state has its own national intelligence services (NIS).",
            "national intelligence services",
        ),
    ],
)
def test_a_lower_case_name_without_a_singular_article_is_no_body(
    lang: str, text: str, phrase: str
) -> None:
    assert phrase not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        # after an indefinite article, a kind of body the text describes, though it
        # names it again by its acronym
        (
            "fr",
            "Une équipe commune d'enquête (ECE) a été créée. L'ECE a réuni deux parquets.",
            "équipe commune d'enquête",
        ),
        (
            "en",
            "A joint investigation team (JIT) was set up. The JIT met twice in May.",
            "joint investigation team",
        ),
    ],
)
def test_a_lower_case_name_after_an_indefinite_article_is_no_body(
    lang: str, text: str, phrase: str
) -> None:
    found = _by_surface(text, lang)
    assert phrase not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "body", "acronym"),
    [
        # "en exercice", "on exercise": an idiom (in office, on assignment), no exercise
        # the acronym names; the body it defines stays one
        (
            "fr",
            "Le Comité de défense et de sécurité (CDS) s'est réuni. Le président en "
            "exercice du CDS a ouvert la séance.",
            "Comité de défense et de sécurité",
            "CDS",
        ),
        (
            "en",
            "The Joint Border Task Force (JBTF) met. Troops on exercise for the JBTF "
            "returned in May.",
            "Joint Border Task Force",
            "JBTF",
        ),
    ],
)
def test_an_undertaking_word_in_an_idiom_leaves_the_body(
    lang: str, text: str, body: str, acronym: str
) -> None:
    found = _by_surface(text, lang)
    assert found[body][1] == "organ"
    assert found[acronym] == found[body]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "canonical"),
    [
        (
            # a French name no English rendering reaches: its acronym names it
            "fr",
            "Le Fonds travaille avec la Fédération nationale des victimes d'attentats et "
            "d'accidents collectifs (FENVAC) depuis 2019.",
            "Fédération nationale des victimes d'attentats et d'accidents collectifs",
            "FENVAC",
        ),
        (
            # an English name in a French text is its own canonical name
            "fr",
            "La cellule a reçu des informations de la Nigerian Financial Intelligence "
            "Unit (NFIU) en 2025.",
            "Nigerian Financial Intelligence Unit",
            "Nigerian Financial Intelligence Unit",
        ),
        (
            # in an English text the name as written stays, acronym or not
            "en",
            "The Fund works with the Regional Maritime Information Fusion Centre (RMIFC) "
            "in Madagascar.",
            "Regional Maritime Information Fusion Centre",
            "Regional Maritime Information Fusion Centre",
        ),
    ],
)
def test_a_body_the_knowledge_base_lacks_is_named_in_english_or_by_its_acronym(
    lang: str, text: str, surface: str, canonical: str
) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    names = {m.text: a.name for a in doc.actors for m in a.mentions}
    assert names.get(surface) == canonical, names
