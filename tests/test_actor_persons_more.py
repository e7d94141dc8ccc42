"""Persons named without a title the short cues know: a given name from the long general
list (``data/models/given_names.toml``), a signature after a blank line or set in
capitals, honorifics one after another, a contact's name run into the label after it.
Texts written for these tests in the styles of several publishers (press releases,
joint statements, deliberations, gazettes); expected values checked by hand against the
annotation guidelines (§3: named persons are actors; titles are no part of the name).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import given_names


def _persons(text: str, lang: str) -> dict[str, str]:
    """surface -> name, for the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


def test_the_long_list_keeps_names_and_leaves_out_words() -> None:
    names = set(given_names())
    assert {"Teodora", "Aurélien", "Fionnuala", "Selin"} <= names
    assert not {"Grace", "Major", "Asia", "Hong", "Par"} & names


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le rapport de Mme Teodora Lindqvist-Amari, consacré aux drones, a été présenté.",
            {"Teodora Lindqvist-Amari": "Teodora Lindqvist-Amari"},
        ),
        (
            "en",
            "The study was led by Aurélien Mbaye-Castel and reviewed by the board.",
            {"Aurélien Mbaye-Castel": "Aurélien Mbaye-Castel"},
        ),
    ],
)
def test_a_given_name_of_the_long_list_opens_a_persons_name(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Émet un avis favorable.\n\nLa présidente,\n\nS. Marcillac\n", "S. Marcillac"),
        ("en", "Done at Warsaw.\n\nThe Chairperson,\n\nH. Aalto-Berg\n", "H. Aalto-Berg"),
        # a central bank's instruction: its Governor signs
        (
            "fr",
            "Fait à Dakar, le 14 avril 2026\n\nLe Gouverneur,\n\nAbdoulaye Kéïta-Sow\n",
            "Abdoulaye Kéïta-Sow",
        ),
        (
            "en",
            "Done at Abuja, 3 May 2024.\n\nThe Governor,\n\nOlumide Adeyemi-Cole\n",
            "Olumide Adeyemi-Cole",
        ),
    ],
)
def test_a_signature_after_a_blank_line(lang: str, text: str, want: str) -> None:
    assert want in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "I ASSENT.\n\n        FABIENNE ADEBAYO-IKE, GCFR\n        President\n",
            "FABIENNE ADEBAYO-IKE",
        ),
        (
            "fr",
            "Fait à Québec.\n\nÉTIENNE BOUCHARD-LAVOIE\nGreffier du Conseil\n",
            "ÉTIENNE BOUCHARD-LAVOIE",
        ),
    ],
)
def test_a_signature_in_capitals_opening_on_a_given_name(lang: str, text: str, want: str) -> None:
    assert want in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ANNEX\n\nCOUNTER TERRORISM MEASURES\n\nThe measures apply.\n"),
        ("fr", "ANNEXE\n\nMESURES DE PRÉVENTION\n\nLes mesures s'appliquent.\n"),
    ],
)
def test_a_heading_in_capitals_is_no_signature(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The Meeting was chaired by H.E. Dato' Seri Azman bin Hashim, Minister of Home "
            "Affairs. The Secretary-General of ASEAN, H.E. Dr. Kao Sophal, attended.",
            {"Azman bin Hashim", "Kao Sophal"},
        ),
        (
            "fr",
            "La réunion était présidée par Son Excellence M. Azman bin Hashim, ministre.",
            {"Azman bin Hashim"},
        ),
    ],
)
def test_titles_one_after_another_are_no_part_of_the_name(
    lang: str, text: str, want: set[str]
) -> None:
    assert set(_persons(text, lang)) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            # a paragraph below: a press-contact box closing the page is noise (layout)
            "Contacts presse\n\nJonas WEIDEMANN Téléphone +32 2 29 71 067\n\n"
            "Le règlement entre en vigueur le 1er janvier 2027 et sera réexaminé en 2030.\n",
            "Jonas WEIDEMANN",
        ),
        (
            "en",
            "Report by Dr. Marius Vandenhove and Selin Aydemir Version 1.2 — 14 February 2026\n",
            "Selin Aydemir",
        ),
    ],
)
def test_a_label_run_into_a_name_is_no_part_of_it(lang: str, text: str, want: str) -> None:
    found = _persons(text, lang)
    assert want in found
    assert not [s for s in found if s.startswith(want) and s != want]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Présidence de M. Florent Marchais, président\n\nLa séance est ouverte à 9 h 35.\n",
            "Florent Marchais",
        ),
        (
            "fr",
            "Mme Sophie Lacombe-Diallo Sénatrice de la Gironde (groupe RDPI)\n\nVoir sa fiche\n",
            "Sophie Lacombe-Diallo",
        ),
        (
            "en",
            "Mr. Daniel Okoro-Smith Senator for Ontario (Independent)\n\nSee his profile\n",
            "Daniel Okoro-Smith",
        ),
        (
            "fr",
            "M. Julien Marcellin-Roux Député du Finistère (4e circonscription)\n\nVoir sa fiche\n",
            "Julien Marcellin-Roux",
        ),
    ],
)
def test_an_offices_words_around_a_name_are_no_part_of_it(lang: str, text: str, want: str) -> None:
    """A sitting's heading before Monsieur and the name, a member's office after it: the
    person is the name alone (§3: titles and offices are no part of the name)."""
    assert set(_persons(text, lang)) == {want}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le plan, préparé par le secrétariat général sous la direction de Muriel "
            "Domenach, le prolonge.\n",
            "Muriel Domenach",
        ),
        (
            "fr",
            "Le service, placé sous l'autorité de Claire Landais, coordonne les travaux.\n",
            "Claire Landais",
        ),
    ],
)
def test_a_lower_case_noun_before_a_persons_name_makes_no_body(
    lang: str, text: str, want: str
) -> None:
    """``sous la direction de`` + a given name: a person leads, no body is named."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert {(m.text, a.kind) for a in doc.actors for m in a.mentions} == {(want, "person")}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Le Ministre de la Défense, Général de Brigade Paul Mensah-Kouadio\n\n"
            "Le Ministre des Finances, Dr Awa DIALLO\n",
            {"Paul Mensah-Kouadio", "Awa DIALLO"},
        ),
        (
            "fr",
            "Fait à Bamako.\n\nLe Président de la Transition,\n\n"
            "Général de Division Assimi GOÏTA\n",
            {"Assimi GOÏTA"},
        ),
        (
            "fr",
            "Signé : Général d'Armée Issoufou Malam BOUBACAR\n\n414\n",
            {"Issoufou Malam BOUBACAR"},
        ),
        (
            "en",
            "Signed: Major General Hamidou Seyni Abdou, Minister of Defence\n",
            {"Hamidou Seyni Abdou"},
        ),
    ],
)
def test_a_generals_full_rank_is_a_title(lang: str, text: str, want: set[str]) -> None:
    """A gazette's signatures: ``Général de Division`` is a rank, its last word no body's
    head (§3: titles are no part of the name; a person is no organ)."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert {m.text for a in doc.actors for m in a.mentions} == want
    assert all(a.kind == "person" for a in doc.actors)


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # counsel as a common-law judgment lists them: an initial without its full stop,
        # a senior counsel's letters after the name
        (
            "en",
            "The applicant was represented by Ms R Tanaka-Moore SC with Mr D Obi, and the "
            "respondent by Mr P Castellanos.",
            {
                "R Tanaka-Moore": "R Tanaka-Moore",
                "D Obi": "D Obi",
                "P Castellanos": "P Castellanos",
            },
        ),
        (
            "en",
            "The tribunal heard Dr K Mensah-Bonsu for the appellant in March 2026.",
            {"K Mensah-Bonsu": "K Mensah-Bonsu"},
        ),
        # the French form of address keeps its own full stop before the given name
        (
            "fr",
            "Le requérant était représenté par Me Julie Fontaine-Reyes, avocate.",
            {"Julie Fontaine-Reyes": "Julie Fontaine-Reyes"},
        ),
    ],
)
def test_an_initial_without_its_full_stop_after_a_title(
    lang: str, text: str, persons: dict[str, str]
) -> None:
    assert _persons(text, lang) == persons


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lone capital after a title is an anonymised party, not an initial
        ("en", "Mr A said that he had never travelled to the region."),
        ("fr", "M. A a déclaré qu'il ne s'était jamais rendu dans la région."),
    ],
)
def test_a_lone_capital_after_a_title_is_no_name(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a gazette's signatures: a hyphenated surname in capitals after the given names
        (
            "fr",
            "Le Premier ministre\n\n  Amadou Jean-Baptiste SAWADOGO-KERE\n\nLe ministre\n",
            {"Amadou Jean-Baptiste SAWADOGO-KERE": "Amadou Jean-Baptiste Sawadogo-Kere"},
        ),
        (
            "en",
            "For the Minister\n\n  Grace Wanjiru MUTUA-OTIENO\n\nPermanent Secretary\n",
            {"Grace Wanjiru MUTUA-OTIENO": "Grace Wanjiru Mutua-Otieno"},
        ),
        # a police rank before the name (francophone gazettes); the rank is no part of it
        (
            "fr",
            "                 Commissaire Général Wendkouni DAN-KOULOU\n",
            {"Wendkouni DAN-KOULOU": "Wendkouni Dan-Koulou"},
        ),
        (
            "fr",
            "Le Commissaire divisionnaire Tegawende TRAORE-SANOGO a signé le procès-verbal.\n",
            {"Tegawende TRAORE-SANOGO": "Tegawende Traore-Sanogo"},
        ),
    ],
)
def test_a_hyphenated_surname_in_capitals(lang: str, text: str, persons: dict[str, str]) -> None:
    assert _persons(text, lang) == persons


@pytest.mark.parametrize(
    ("lang", "text", "want", "not_want"),
    [
        # plural forms of address before names in capitals are no part of them
        (
            "fr",
            "Au nom de ses clients, Messieurs Abdoulaye SANNI et Moussa YAROU ;",
            "Abdoulaye SANNI",
            "Messieurs Abdoulaye SANNI",
        ),
        (
            "fr",
            "Ont siégé :\n\nMesdames Clémentine AGBODJAN et Nadine DAKO, membres.",
            "Clémentine AGBODJAN",
            "Mesdames Clémentine AGBODJAN",
        ),
        (
            "en",
            "Counsel for the appellants, Messrs John McALEER and Declan FEGAN, appeared.",
            "John McALEER",
            "Messrs John McALEER",
        ),
    ],
)
def test_a_plural_form_of_address_is_no_part_of_a_name(
    lang: str, text: str, want: str, not_want: str
) -> None:
    found = _persons(text, lang)
    assert want in found
    assert not_want not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a UN-system document's distribution line: "General" there is no officer
        ("en", "GC(70)/RES/9\nSeptember 2026\n\nGeneral Distribution\nOriginal: English\n"),
        ("fr", "GC(70)/RES/9\nSeptembre 2026\n\nDistribution générale\nOriginal : anglais\n"),
    ],
)
def test_a_distribution_line_names_no_person(lang: str, text: str) -> None:
    assert not any("Distribution" in s for s in _persons(text, lang))
