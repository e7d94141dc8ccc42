"""More of a French body's name read in English (guidelines §3: a body no list knows is
named by its usual English name): a state's adjective as the knowledge base pairs it with
its English one, a list of complements that repeats its link, the elided ``et d'``, and a
ministry's portfolio words. Texts and names written for these tests; the expected English
checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_english import english_name


def _canonical(text: str, lang: str) -> dict[str, str]:
    """surface -> the actor's canonical name, for the actors no list knows."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions if not a.linked}


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # the adjectives of states the word lists do not hold, from the knowledge base's
        # "gouvernement togolais" / "Togolese Government", in any gender and number
        ("Office togolais des recettes", "Togolese Office of Revenue"),
        ("Garde nationale tchadienne", "Chadian National Guard"),
        (
            "Direction générale des douanes camerounaises",
            "General Directorate of Cameroonian Customs",
        ),
    ],
)
def test_a_state_adjective_reads_as_the_knowledge_base_pairs_it(french: str, english: str) -> None:
    assert english_name(french) == english


def test_an_adjective_two_states_share_names_neither() -> None:
    # "congolaise": the Republic of the Congo's and the Democratic Republic's
    assert english_name("Police nationale congolaise") is None


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "fr",
            "Le ministre a saisi l'Office togolais des recettes (OTR) le 3 mars 2021.",
            "Office togolais des recettes",
        ),
        (
            "en",
            "The minister referred it to the Togolese Office of Revenue (OTR) on 3 March 2021.",
            "Togolese Office of Revenue",
        ),
    ],
)
def test_the_french_and_english_texts_name_the_office_alike(
    lang: str, text: str, surface: str
) -> None:
    found = _canonical(text, lang)
    assert found.get(surface) == "Togolese Office of Revenue", found
    assert found.get("OTR") == "Togolese Office of Revenue", found


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # a list of complements repeats its link; English writes it once
        (
            "Comité national de désarmement, de démobilisation et de réintégration",
            "National Committee of Disarmament, Demobilisation and Reintegration",
        ),
        (
            "Ministère de l'Intérieur, de la Sécurité et de la Décentralisation",
            "Ministry of Interior, Security and Decentralisation",
        ),
        # "et d'" is "et de" elided
        (
            "Service central de renseignements et d'investigations criminelles",
            "Central Service of Intelligence and Criminal Investigations",
        ),
    ],
)
def test_a_list_of_complements_and_an_elided_link(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # a ministry's portfolio, an office's remit
        ("Ministère du Tourisme", "Ministry of Tourism"),
        (
            "Ministère des Mines, du Pétrole et de l'Energie",
            "Ministry of Mines, Petroleum and Energy",
        ),
        (
            "Ministère de la Production et de l'Industrialisation Agricoles",
            "Ministry of Production and Agricultural Industrialisation",
        ),
        (
            "Office central de répression de la cybercriminalité",
            "Central Office for Repression of Cybercrime",
        ),
        ("Office Central Anti-Terroriste", "Anti-Terrorism Central Office"),
    ],
)
def test_a_portfolio_reads_in_english(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Ministère du Tourisme veille à la sécurité des hôtels depuis 2019."),
        ("en", "The Ministry of Tourism has seen to the security of hotels since 2019."),
    ],
)
def test_the_french_and_english_texts_name_the_ministry_alike(lang: str, text: str) -> None:
    assert set(_canonical(text, lang).values()) == {"Ministry of Tourism"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # committing offences, and a mission: no body (the words stay out of the lists)
        ("fr", "La loi réprime la commission d'infractions terroristes depuis 2016."),
        ("en", "The law has punished the commission of terrorist offences since 2016."),
    ],
)
def test_committing_offences_names_no_body(lang: str, text: str) -> None:
    assert _canonical(text, lang) == {}


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # an atomic energy authority, a vocational training office (heldout24's words)
        (
            "Haute Autorité nigérienne à l'énergie atomique",
            "High Nigerien Authority for Atomic Energy",
        ),
        ("Commissariat à l'énergie atomique", "Commissariat for Atomic Energy"),
        ("Centre de formation professionnelle", "Vocational Training Centre"),
        (
            "Office de la formation professionnelle et de la promotion du travail",
            "Office of Vocational Training and Promotion of Labour",
        ),
    ],
)
def test_atomic_energy_and_vocational_training(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # the words and links these names held kept them in French: "en" (in), a
        # phrase of offences, a noun of education, of child and adult, whole units of two words
        (
            "Bureau intégré des Nations Unies en Haïti",
            "Integrated Bureau of United Nations in Haiti",
        ),
        (
            "Cour de répression des infractions économiques et du terrorisme",
            "Court of Repression of Economic Offences and Terrorism",
        ),
        ("École nationale d'enseignement maritime", "National Maritime Education School"),
        ("Organisation mondiale de la santé animale", "World Organisation of Animal Health"),
        ("Service des biens à double usage", "Dual-Use Goods Service"),
        ("Police des frontières", "Border Police"),
        (
            "autorité de protection de l'enfant et de l'adulte",
            "Authority for Protection of Child and Adult",
        ),
    ],
)
def test_a_name_the_lists_now_read_whole(french: str, english: str) -> None:
    assert english_name(french) == english
