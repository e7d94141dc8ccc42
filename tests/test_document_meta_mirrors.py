"""A mirror's stamp, a record's line of fields, a session's day of adoption told after the
text, and the numbers a head prints beside an adoption or a case's description
(ctdocs.extract._document, ._docday, ._docshape, the shapes of ``document.toml``;
guidelines §6).

Every expected value was read by hand from the text under the guidelines' rules.
French and English rows stand side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import own_date

_CHAPTER_FR = (
    "Chapitre X : Protection des sites sensibles (Articles L230-1 à L230-6)\n\n"
    "{stamp}\n\n---\n\nArticle L230-1\n\nAux seules fins de prévenir la commission d'actes "
    "de terrorisme, les services de l'État peuvent mettre en œuvre des dispositifs.\n"
)
_CHAPTER_EN = (
    "Chapter 10: Protection of sensitive sites (sections 230-1 to 230-6)\n\n"
    "{stamp}\n\n---\n\nSection 230-1\n\nFor the sole purpose of preventing acts of terrorism, "
    "the services of the State may use devices.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a mirror's stamp of its last copy dates a text that nothing else dates
        (
            "fr",
            _CHAPTER_FR.format(
                stamp="> Dernière synchronisation avec Légifrance : 8 janvier 2027 — [historique](#)"
            ),
            "2027-01-08",
        ),
        (
            "en",
            _CHAPTER_EN.format(
                stamp="> Last synced with the registry: 8 January 2027 — [history](#)"
            ),
            "2027-01-08",
        ),
        # but yields to a stamp the page prints for its text
        (
            "fr",
            _CHAPTER_FR.format(
                stamp="Dernière synchronisation : 8 janvier 2027\n\nMis à jour le 3 décembre 2026"
            ),
            "2026-12-03",
        ),
        (
            "en",
            _CHAPTER_EN.format(stamp="Last synced: 8 January 2027\n\nLast updated 3 December 2026"),
            "2026-12-03",
        ),
        # and to the day the text was signed
        (
            "fr",
            _CHAPTER_FR.format(stamp="Dernière synchronisation : 8 janvier 2027")
            + "\nFait à Paris, le 30 juillet 2026.\n",
            "2026-07-30",
        ),
        (
            "en",
            _CHAPTER_EN.format(stamp="Last synced: 8 January 2027")
            + "\nDone at London, 30 July 2026.\n",
            "2026-07-30",
        ),
    ],
)
def test_a_mirrors_stamp_dates_only_an_undated_text(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


_STANDARD_FR = (
    "NF ISO/TS 22363:2026(fr)\nSécurité et résilience — Lignes directrices pour la protection "
    "des sites critiques contre les aéronefs sans équipage\n\n## Avant-propos\n\n"
    + "Le présent document a été élaboré par le comité technique chargé de la sécurité. " * 60
    + "\n\n{fields}\n\n© ISO 2026 – Tous droits réservés\n"
)
_STANDARD_EN = (
    "ISO/TS 22363:2026(en)\nSecurity and resilience — Guidelines for the protection of "
    "critical sites against unmanned aircraft systems\n\n## Foreword\n\n"
    + "This document was prepared by the technical committee in charge of security. " * 60
    + "\n\n{fields}\n\n© ISO 2026 – All rights reserved\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a record's line of fields at the foot: its publication field dates the text
        (
            "fr",
            _STANDARD_FR.format(
                fields="Édition : 1 · Date de publication : 2026-03 · Stade : 60.60 · Pages : 18"
            ),
            "2026-03",
        ),
        (
            "en",
            _STANDARD_EN.format(
                fields="Edition: 1 · Publication date: 2026-03 · Stage: 60.60 · Pages: 18"
            ),
            "2026-03",
        ),
        (
            "en",
            _STANDARD_EN.format(fields="Edition: 1 • Publication date: 2026-03 • Pages: 18"),
            "2026-03",
        ),
    ],
)
def test_a_field_of_a_records_line_is_read_as_its_own_line(
    lang: str, text: str, value: str
) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a session's days narrow to the day its text says the text was adopted on, year-less
        (
            "fr",
            "ORGANISATION INTERNATIONALE\n\n88e session de l'Assemblée générale – Santiago\n"
            "15-18 octobre 2019\n\nRÉSOLUTION N° 5\n\nL'Assemblée générale,\n\nDÉCIDE :\n\n"
            "1. d'adopter les lignes directrices ;\n\n2. de demander un rapport.\n\n"
            "Déclaration du Président lors de l'adoption de la résolution, le 17 octobre :\n\n"
            "« Nos pays ont partagé plus d'informations. »\n",
            "2019-10-17",
        ),
        (
            "en",
            "INTERNATIONAL ORGANIZATION\n\n88th session of the General Assembly – Santiago\n"
            "15-18 October 2019\n\nRESOLUTION No. 5\n\nThe General Assembly,\n\nDECIDES:\n\n"
            "1. to adopt the guidelines;\n\n2. to request a report.\n\n"
            "Statement by the President on the adoption of the resolution, on 17 October:\n\n"
            "“Our countries have shared more information.”\n",
            "2019-10-17",
        ),
        # a year-less day outside the span, or no word of adopting before it, leaves the span
        (
            "fr",
            "ORGANISATION INTERNATIONALE\n\n88e session de l'Assemblée générale – Santiago\n"
            "15-18 octobre 2019\n\nRÉSOLUTION N° 5\n\nL'Assemblée générale,\n\nDÉCIDE :\n\n"
            "1. d'adopter les lignes directrices ;\n\n2. de demander un rapport.\n\n"
            "Déclaration du Président lors de la clôture de la session, le 17 octobre :\n\n"
            "« Nos pays ont partagé plus d'informations. »\n",
            "2019-10-15/2019-10-18",
        ),
        (
            "en",
            "INTERNATIONAL ORGANIZATION\n\n88th session of the General Assembly – Santiago\n"
            "15-18 October 2019\n\nRESOLUTION No. 5\n\nThe General Assembly,\n\nDECIDES:\n\n"
            "1. to adopt the guidelines;\n\n2. to request a report.\n\n"
            "Statement by the President on the adoption of the resolution, on 21 October:\n\n"
            "“Our countries have shared more information.”\n",
            "2019-10-15/2019-10-18",
        ),
    ],
)
def test_a_sessions_days_narrow_to_its_day_of_adoption(
    lang: Language, text: str, value: str
) -> None:
    doc = parse_text(text, language=lang)
    assert doc.date is not None and doc.date.value == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the adopting instrument in brackets closing the adoption line of a text with no number
        (
            "fr",
            "CONVENTION DE L'ORGANISATION POUR COMBATTRE LE TERRORISME INTERNATIONAL\n\n"
            "Adoptée à Ouagadougou, le 1er juillet 1999, par la vingt-sixième session de la "
            "Conférence des ministres des Affaires étrangères (Résolution n° 59/26-P)\n\n"
            "Préambule\n\nLes États membres,\n",
            "Résolution n° 59/26-P",
        ),
        (
            "en",
            "CONVENTION OF THE ORGANIZATION ON COMBATING INTERNATIONAL TERRORISM\n\n"
            "Adopted at Ouagadougou on 1 July 1999 by the twenty-sixth session of the "
            "Conference of Foreign Ministers (Resolution No. 59/26-P)\n\n"
            "Preamble\n\nThe Member States,\n",
            "Resolution No. 59/26-P",
        ),
        # not an instrument a preamble's sentence cites in brackets
        (
            "fr",
            "CONVENTION DE L'ORGANISATION POUR COMBATTRE LE TERRORISME INTERNATIONAL\n\n"
            "Rappelant la déclaration adoptée par la Conférence (Résolution n° 12/20-P)\n\n"
            "Préambule\n\nLes États membres,\n",
            None,
        ),
        (
            "en",
            "CONVENTION OF THE ORGANIZATION ON COMBATING INTERNATIONAL TERRORISM\n\n"
            "Recalling the declaration adopted by the Conference (Resolution No. 12/20-P)\n\n"
            "Preamble\n\nThe Member States,\n",
            None,
        ),
        # a case's number opening the title line before a comma and the case's description
        (
            "en",
            "Rulings 2026\n\nHR-2026-1844-A, (case no. 26-071932STR-HRET), criminal case, appeal "
            "against judgment\n\nParticipation in a terrorist organisation\n\nDate 15 October 2026\n",
            "HR-2026-1844-A",
        ),
        (
            "fr",
            "Arrêts 2026\n\nTC-2026-0417-B, (dossier n° 26-0719), affaire pénale, recours contre "
            "le jugement\n\nParticipation à une organisation terroriste\n\nDate 15 octobre 2026\n",
            "TC-2026-0417-B",
        ),
        # a name with a number before a comma is no case's number
        (
            "en",
            "Rulings 2026\n\nCOVID-19, travel and the threat of terrorism\n\n"
            "Participation in a terrorist organisation\n\nDate 15 October 2026\n",
            None,
        ),
        (
            "fr",
            "Arrêts 2026\n\nCOVID-19, voyages et menace terroriste\n\n"
            "Participation à une organisation terroriste\n\nDate 15 octobre 2026\n",
            None,
        ),
    ],
)
def test_numbers_beside_an_adoption_or_a_cases_description(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a dateline's place may carry its region in brackets
        (
            "fr",
            "Un adolescent plaide coupable à des accusations de terrorisme\n\nCommuniqué de presse\n\n"
            "OTTAWA (Ontario), le 28 octobre 2026 – Le Service des poursuites annonce qu'un adolescent a plaidé coupable.\n\n"
            "Communiqués récents\n\n- Accusations portées contre trois personnes à Montréal – 2026-09-18\n",
            "2026-10-28",
        ),
        (
            "en",
            "Youth pleads guilty to terrorism charges\n\nNews release\n\n"
            "OTTAWA (Ontario), 28 October 2026 – The Prosecution Service announced that a youth pleaded guilty.\n\n"
            "Recent news releases\n\n- Charges laid against three people in Montreal – 2026-09-18\n",
            "2026-10-28",
        ),
        # a long sentence that ends on a place, a comma and a day reports an event: the cover's
        # dateline dates the text
        (
            "en",
            "Model provisions on the support of victims of terrorism\n\n"
            "New York, September 2026\n\nIntroduction\n\n"
            "An expert group met in Vienna in March 2026 and in Madrid in June 2026; its chair presented the "
            "draft to the Group of Friends of Victims of Terrorism, co-chaired by Afghanistan and Spain, on 21 August 2026.\n",
            "2026-09",
        ),
        (
            "fr",
            "Dispositions types sur le soutien aux victimes du terrorisme\n\n"
            "New York, septembre 2026\n\nIntroduction\n\n"
            "Un groupe d'experts s'est réuni à Vienne en mars 2026 et à Madrid en juin 2026 ; sa présidente a présenté "
            "le projet au Groupe des amis des victimes du terrorisme, coprésidé par l'Afghanistan et l'Espagne, à Genève, le 21 août 2026.\n",
            "2026-09",
        ),
    ],
)
def test_datelines_by_their_place_and_their_lines_length(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value
