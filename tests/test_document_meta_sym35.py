"""The document itself: classes of first-sight misses of heldout20-33 (guidelines §6), each
written again by hand in other publishers' styles, French and English side by side.

- a gazette's publication stamp in brackets under an instrument's title ("[Gazetted 7th
  March, 2026.]") dates the issue that printed it, not the instrument: its "Made … this 3rd
  day of March, 2026" does (heldout28);
- a translated statute's row of fields ("Enforcement Date Apr. 1, 2026 Translated on May 20,
  2026") dates its commencement and its translation, and its closing "shall enter into force
  on April 1, 2026" its commencement: none is the text's own date, which its title line gives
  (heldout31);
- an adoption cue on a line that wraps a sentence after the cited text's code ("… recalls its
  opinion on the programme" over "(CIVEX-VII/012), adopted on 30 June 2021;") dates that text
  (heldout31);
- a title that names another act with its article and date ("Projet de loi modifiant le Code
  pénal et la loi du 28 mai 1956 …") cites that act's date: the report's own is elsewhere
  (heldout32).

Every expected value is worked out by hand from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def own_value(text: str, lang: str) -> str | None:
    """The ISO value of the date the whole pipeline gives ``text`` as its own, or None."""
    doc = parse_text(text, language="fr" if lang == "fr" else "en")
    return doc.date.value if doc.date is not None else None


# a body long enough to end the head (sixty lines) well above the signature
_EN_BODY = "\n\n" + "".join(
    f"{n}. The port authority shall inspect every vessel at berth {n} before it sails.\n\n"
    for n in range(1, 70)
)
_FR_BODY = "\n\n" + "".join(
    f"Article {n}. L'autorité portuaire inspecte chaque navire au poste {n} avant son départ.\n\n"
    for n in range(1, 70)
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "BELMORA\n\nSTATUTORY INSTRUMENT\n\nNo. 34 of 2026\n\n"
            "BORDER (COUNTER-TERRORISM) REGULATIONS, 2026\n\n"
            "ARRANGEMENT OF REGULATIONS\n\n[Gazetted 7th March, 2026.]"
            + _EN_BODY
            + "MADE by the Minister of Home Affairs this 3rd\nday of March, 2026.\n\n"
            "(Sgd.) J. SMITH\nMinister of Home Affairs\n",
            "2026-03-03",
        ),
        (
            "fr",
            "RÉPUBLIQUE DE BELMORA\n\nARRÊTÉ N° 34/2026\n\n"
            "portant contrôle des zones frontalières\n\n[Publié le 7 mars 2026.]"
            + _FR_BODY
            + "Fait à Belmora, le 3 mars 2026.\n\nLe Ministre de l'Intérieur\nJ. SMITH\n",
            "2026-03-03",
        ),
    ],
)
def test_a_gazettes_stamp_yields_to_the_instruments_own_day(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Statutes of the Republic\n\nENFORCEMENT DECREE OF THE ACT ON COUNTER-TERRORISM\n\n"
            "Presidential Decree No. 36217, Mar. 31, 2026, Partial Amendment\n\n"
            "Enforcement Date Apr. 1, 2026 Translated on May 20, 2026\n\n"
            "Article 1 (Purpose) The purpose of this Decree is to provide for the matters"
            " delegated by the Act and those necessary for its enforcement.\n\n"
            "ADDENDA\n\nThis Decree shall enter into force on April 1, 2026.\n",
            "2026-03-31",
        ),
        (
            "fr",
            "Lois de la République\n\nDÉCRET D'APPLICATION DE LA LOI ANTITERRORISTE\n\n"
            "Décret présidentiel n° 36217, 31 mars 2026, modification partielle\n\n"
            "Date d'entrée en vigueur 1er avril 2026 Traduit le 20 mai 2026\n\n"
            "Article 1er (Objet) Le présent décret a pour objet de fixer les mesures que la loi"
            " lui délègue et celles qu'exige son application.\n\n"
            "DISPOSITIONS FINALES\n\nLe présent décret entre en vigueur le 1er avril 2026.\n",
            "2026-03-31",
        ),
    ],
)
def test_a_translations_and_a_commencements_dates_are_not_the_texts(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "OPINION\n\nEuropean Committee of the Regions\n\nProtecting public spaces\n\n"
            "THE EUROPEAN COMMITTEE OF THE REGIONS\n\n"
            "1. welcomes the internal security strategy presented by the Commission;\n\n"
            "2. recalls its opinion on the counter-terrorism programme of the EU\n"
            "(CIVEX-VII/012), adopted on 30 June 2021;\n\n"
            "3. calls for the local authorities to be consulted.\n\n"
            "Brussels, 16 April 2026\n\nThe President\n",
            "2026-04-16",
        ),
        (
            "fr",
            "AVIS\n\nComité européen des régions\n\nProtéger les espaces publics\n\n"
            "LE COMITÉ EUROPÉEN DES RÉGIONS\n\n"
            "1. se félicite de la stratégie de sécurité intérieure de la Commission ;\n\n"
            "2. rappelle son avis sur le programme de lutte antiterroriste de l'UE\n"
            "(CIVEX-VII/012), adopté les 30 juin et 1er juillet 2021 ;\n\n"
            "3. demande que les collectivités soient consultées.\n\n"
            "Bruxelles, le 16 avril 2026\n\nLe Président\n",
            "2026-04-16",
        ),
    ],
)
def test_an_adoption_cue_wrapped_after_a_cited_code_dates_that_text(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "3 - 1198/3\n\n3 - 1198/3\n\nHOUSE OF ASSEMBLY\n————\nSESSION 2025-2026\n————\n"
            "15 DECEMBER 2025\n\n"
            "Bill amending the Criminal Code and the Act of 28 May 1956 on explosive"
            " substances to strengthen the fight against nuclear terrorism\n\n"
            "REPORT\nMADE ON BEHALF OF THE COMMITTEE ON JUSTICE\n\n"
            "The committee examined the bill at its meetings of 17 and 18 November 2025.\n",
            "2025-12-15",
        ),
        (
            "fr",
            "3 - 1198/3\n\n3 - 1198/3\n\nSÉNAT DE BELGIQUE\n————\nSESSION DE 2005-2006\n————\n"
            "15 DÉCEMBRE 2005\n\n"
            "Projet de loi modifiant le Code pénal et la loi du 28 mai 1956 relative aux"
            " substances et mélanges explosibles en vue de renforcer la lutte contre le"
            " terrorisme nucléaire\n\n"
            "RAPPORT\nFAIT AU NOM DE LA COMMISSION DE LA JUSTICE\n\n"
            "La commission a examiné le projet de loi au cours de ses réunions des 17 et 18"
            " novembre 2005.\n",
            "2005-12-15",
        ),
        # the title's own act keeps its date: no article before it
        (
            "en",
            "Council Regulation (EU) 2026/118 of 12 March 2026 amending the Act of 28 May 1956\n\n"
            "THE COUNCIL OF THE EUROPEAN UNION,\n\nHas adopted this Regulation:\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Décret n° 2026-118 du 12 mars 2026 modifiant la loi du 28 mai 1956\n\n"
            "Le Premier ministre,\n\nDécrète :\n",
            "2026-03-12",
        ),
    ],
)
def test_a_title_that_cites_an_act_with_its_article_keeps_the_acts_date(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value
