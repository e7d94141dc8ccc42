"""Bodies by acronym and by name (ctdocs.extract._actors, _unlinked): what an acronym
spells and what it does not, chambers, firms and qualified known names.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Counter-Terrorism Office of Ruritania (CTOR) met. The CTOR agreed a plan."),
        ("fr", "L'Office central de Ruritanie (OCR) s'est réuni. L'OCR a adopté un plan."),
    ],
)
def test_an_acronym_defined_in_the_text_is_the_same_body(lang: str, text: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    unlinked = [a for a in doc.actors if not a.linked]
    assert len(unlinked) == 1
    assert len(unlinked[0].mentions) == 3  # the name, the acronym defined, the acronym used


@pytest.mark.parametrize(
    ("lang", "text", "surface", "acronym"),
    [
        # the words before an acronym whose initials spell it, whatever their case
        (
            "fr",
            "La direction des affaires criminelles et des grâces (DACG) a répondu. "
            "La DACG précise ses chiffres.",
            "direction des affaires criminelles et des grâces",
            "DACG",
        ),
        (
            "en",
            "The Swiss Federal Office for Civil Protection (FOCP/OFPP) assesses the threat.",
            "Swiss Federal Office for Civil Protection",
            "OFPP",
        ),
        # a definition written out, and a known body closing the name as its owner
        (
            "fr",
            "La Cellule de renseignement financier, ci-après « CRF », coopère. La CRF agit.",
            "Cellule de renseignement financier",
            "CRF",
        ),
        (
            "fr",
            "Le Bureau des affaires juridiques de l'ONU (BAJ) peut être saisi.",
            "Bureau des affaires juridiques de l'ONU",
            "BAJ",
        ),
    ],
)
def test_a_name_spelt_by_its_acronym(lang: str, text: str, surface: str, acronym: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1:] == ("organ", False), sorted(found)
    assert found[acronym][0] == found[surface][0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lower-case phrase glossed once is a phrase, not a body's name
        ("fr", "Un outil au service de la paix et de la sécurité (SPS) pour les partenaires."),
        # a reference in parentheses is no acronym
        ("en", "The report of the Committee on Civil Liberties (A9-0331/2021) was adopted."),
        ("fr", "L'unité de signalement d'Europol (IRU de l'UE) apporte son expertise."),
    ],
)
def test_what_an_acronym_does_not_spell(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    wrong = ("SPS", "A9", "IRU", "service de la paix et de la sécurité")
    assert not [s for s in found if s in wrong]


@pytest.mark.parametrize(
    ("lang", "text", "acronym", "is_actor"),
    [
        # a heading set in capitals: "AU" is the word "au"
        (
            "fr",
            "FACE A LA MENACE TERRORISTE ET AU RISQUE POSE PAR LES ARMES\n\n"
            "Le Conseil de sécurité a adopté la résolution.",
            "AU",
            False,
        ),
        (
            "fr",
            "SUR LA PRÉVENTION ET LA LUTTE CONTRE L'EXTRÉMISME QUI CONDUISENT\n"
            "AU TERRORISME\n\nNous, Ministres, adoptons cette déclaration.",
            "AU",
            False,
        ),
        # among words in lower case, or in a list of acronyms, it is the African Union
        ("fr", "La coopération entre l'UE et l'AU se renforce.", "AU", True),
        ("en", "The EU and the AU agreed a joint plan.", "AU", True),
        ("en", "Acronyms\n\nASEAN\nAU\nCATS\n\nThe plan follows.", "AU", True),
        # "un" is a word in French, not in English: an English heading keeps the UN
        ("fr", "UN PLAN D'ACTION POUR LA PAIX\n\nLe texte suit ici.", "UN", False),
        ("en", "THE ROLE OF THE UN IN THE FIGHT\n\nThe text follows here.", "UN", True),
        # a heading's letter or number and dash before it are no words of the heading
        ("fr", "A. AU SAHEL, LES ENGINS SONT LA PREMIÈRE MENACE\n\nLe texte suit.", "AU", False),
        ("fr", "I. — UN CADRE JURIDIQUE ET INDUSTRIEL\n\nLe texte suit.", "UN", False),
        ("en", "B. — THE UN AND THE AU IN THE SAHEL\n\nThe text follows.", "UN", True),
    ],
)
def test_a_function_word_in_a_capitals_heading_is_no_acronym(
    lang: str, text: str, acronym: str, is_actor: bool
) -> None:
    assert (acronym in _actors_by_surface(text, lang)) is is_actor


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # the text calls the acronym a mission: the force named is the mission (§3)
        (
            "fr",
            "La Force internationale d'assistance à la sécurité (FIAS) dirigée par l'OTAN a "
            "formé des soldats. Après la fin de la mission de la FIAS, l'OTAN a continué.",
            ("FIAS", "Force internationale d'assistance à la sécurité"),
        ),
        (
            "en",
            "The International Security Assistance Force (ISAF) led by NATO trained soldiers. "
            "After the ISAF mission ended, NATO went on.",
            ("ISAF", "International Security Assistance Force"),
        ),
        # a programme, its acronym used again after the word
        (
            "fr",
            "Le programme pour la science au service de la paix et de la sécurité (SPS) aide "
            "les partenaires. Le programme SPS finance des projets.",
            ("SPS", "service de la paix et de la sécurité"),
        ),
        (
            "en",
            "The Defence Against Terrorism Programme of Work (DATPOW) helps. "
            "The DATPOW programme funds projects.",
            ("DATPOW", "Defence Against Terrorism Programme of Work"),
        ),
    ],
)
def test_an_acronym_the_text_calls_a_mission_names_no_body(
    lang: str, text: str, wrong: tuple[str, ...]
) -> None:
    found = _actors_by_surface(text, lang)
    assert not [s for s in found if s in wrong], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the same shape, the acronym used as a body's: still a body
        (
            "fr",
            "Le Service de renseignement de l'État (SRE) coopère. La mission du "
            "service est de prévenir ; le SRE informe le Gouvernement.",
            "Service de renseignement de l'État",
        ),
        (
            "en",
            "The Canadian Transportation Accident Investigation and Safety Board (CTAISB) "
            "reports. The CTAISB investigates accidents.",
            "Canadian Transportation Accident Investigation and Safety Board",
        ),
    ],
)
def test_an_acronym_used_as_a_bodys_is_kept(lang: str, text: str, surface: str) -> None:
    assert surface in _actors_by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("fr", "De l'assentiment de la Chambre des Députés ;", "Chambre des Députés"),
        ("en", "The Chamber of Deputies adopted the law.", "Chamber of Deputies"),
    ],
)
def test_a_chamber_of_parliament_is_a_body(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == "organ", sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "gone"),
    [
        # an acronym spelt out as a treaty ending in a body's name is the treaty's
        (
            "en",
            "Denmark, under the Treaty on European Union (TEU) and the Treaty on the "
            "Functioning of the European Union (TFEU), is not bound. The TEU says so.",
            {"TEU", "TFEU"},
        ),
        (
            "fr",
            "Le Danemark, au titre du traité sur l'Union européenne (TUE) et du traité "
            "sur le fonctionnement de l'Union européenne (TFUE), n'est pas lié.",
            {"TUE", "TFUE"},
        ),
        # a known acronym the text spells out as something else means that thing
        (
            "en",
            "Staff complete the Action Counters Terrorism (ACT) e-learning. ACT is free.",
            {"ACT"},
        ),
        ("fr", "La Coupe d'Afrique des Nations (CAN) commence. La CAN dure un mois.", {"CAN"}),
    ],
)
def test_an_acronym_the_text_defines_as_something_else(
    lang: str, text: str, gone: set[str]
) -> None:
    assert not gone & set(_actors_by_surface(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Staff at Allied Command Transformation (ACT) met. ACT agreed.", "ACT"),
        ("fr", "Le Conseil de l'Atlantique Nord (CAN) s'est réuni. Le CAN a décidé.", "CAN"),
    ],
)
def test_an_acronym_spelt_out_as_its_body_stays(lang: str, text: str, surface: str) -> None:
    assert surface in _actors_by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a French name goes on through its lower-case adjectives
        (
            "fr",
            "en coordination avec le ministère des Affaires étrangères, le suivi",
            "ministère des Affaires étrangères",
        ),
        (
            "fr",
            "La Direction générale de la Sécurité intérieure coopère.",
            "Direction générale de la Sécurité intérieure",
        ),
        (
            "en",
            "in coordination with the Department of Foreign Affairs, the",
            "Department of Foreign Affairs",
        ),
    ],
)
def test_a_french_name_keeps_its_adjectives(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == "organ", sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "acronym"),
    [
        # "Commission" alone is the African Union's in this text, but closing a longer
        # capitalised name it is that name's head: another body
        (
            "en",
            "The African Union Commission shall report. The Council requests the Commission "
            "to follow up and requests the Lake Kivu Basin Commission (LKBC) to report.",
            "Lake Kivu Basin Commission",
            "LKBC",
        ),
        (
            "fr",
            "La Commission de l'Union africaine fera rapport. Le Conseil demande à la "
            "Commission d'assurer le suivi et à la Haute Commission (HC) de faire rapport.",
            "Haute Commission",
            "HC",
        ),
    ],
)
def test_a_short_reference_closing_a_longer_name(
    lang: str, text: str, surface: str, acronym: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1:] == ("organ", False), sorted(found)
    assert found[acronym][0] == found[surface][0]
    assert found["Commission"][0] == "au-commission"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # a qualifier before a known name makes a state's own body of it
        (
            "en",
            "The strategy was approved by the National Security Council on 30 July.",
            "National Security Council",
            "unlinked:national-security-council",
        ),
        (
            "en",
            "The National Counter-Terrorism Committee met in Nairobi.",
            "National Counter-Terrorism Committee",
            "unlinked:national-counter-terrorism-committee",
        ),
        # without one, the known body stays
        ("en", "The Security Council met on 30 July.", "Security Council", "unsc"),
        ("fr", "Le Conseil de sécurité s'est réuni le 30 juillet.", "Conseil de sécurité", "unsc"),
    ],
)
def test_a_qualified_known_name_is_another_body(
    lang: str, text: str, surface: str, actor_id: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == actor_id, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "organisations"),
    [
        # law firms by their legal form; an association by its kind and quoted name
        (
            "fr",
            "Avocat(s) : SCP Garnier, Roussel ; SARL Cabinet Desmarais\n\nVu la requête "
            "de l'association « Bienfaisance Al-Nour International », représentée par son "
            "président.",
            {
                "SCP Garnier, Roussel",
                "SARL Cabinet Desmarais",
                "Bienfaisance Al-Nour International",
            },
        ),
        (
            "en",
            'The application was lodged by the company "Northbridge Logistics" and the '
            "charity “Hope Relief Fund”.",
            {"Northbridge Logistics", "Hope Relief Fund"},
        ),
        # a quotation after such a word that is no name: nothing
        ("en", 'The company said "we will comply" in its reply.', set()),
    ],
)
def test_firms_and_quoted_organisations(lang: str, text: str, organisations: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "organization"} == organisations
