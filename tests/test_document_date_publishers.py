"""The document's own date across publishers (ctdocs.extract._document; guidelines §6):
reports, judgments, decrees, public laws and running headers, and which of several
dated lines is the document's.

Every expected value was read by hand from the text under the guidelines' rules.
French and English rows stand side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import own_date


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a gazette prints its issue date alone over the act; the act's signature formula
        # ("Fait à …, le …", "Done at …") dates the act itself
        (
            "fr",
            "Journal officiel de l'Union européenne\nFR Série L\n\n2026/418\n24.2.2026\n\n"
            "RÈGLEMENT D'EXÉCUTION (UE) 2026/418 DU CONSEIL du 23 février 2026 mettant en œuvre "
            "le règlement (UE) 2016/1686\n\nArticle premier\n\nL'annexe I est modifiée.\n\n"
            "Fait à Bruxelles, le 23 février 2026.\n\nPar le Conseil\nLe président\n",
            "2026-02-23",
        ),
        (
            "en",
            "Official Journal of the European Union\nEN L series\n\n2026/418\n24.2.2026\n\n"
            "COUNCIL IMPLEMENTING REGULATION (EU) 2026/418 of 23 February 2026 implementing "
            "Regulation (EU) 2016/1686\n\nArticle 1\n\nAnnex I is amended.\n\n"
            "Done at Brussels, 23 February 2026.\n\nFor the Council\nThe President\n",
            "2026-02-23",
        ),
        # a statutory instrument's "Made" line, not the print's generation stamp above it
        (
            "en",
            "Document Generated: 2025-11-07\n\nSTATUTORY INSTRUMENTS\n\n2025 No. 1184\n\n"
            "The Example (Restriction Zones) Regulations 2025\n\nMade - - - - 4th November 2025\n"
            "Laid before Parliament 6th November 2025\nComing into force - - - 1st January 2026\n",
            "2025-11-04",
        ),
        (
            "fr",
            "Version en vigueur au 7 novembre 2025\n\nDécret n° 2025-1184 relatif aux zones "
            "interdites de survol\n\nFait à Paris, le 4 novembre 2025.\n",
            "2025-11-04",
        ),
        # a decree's signature formula "Donné à / Given at" under a gazette masthead that
        # prints the issue's later date
        (
            "fr",
            "LE JOURNAL DE LA RÉPUBLIQUE\n\nNo 88          Ville-Exemple, jeudi 12 mars 2026\n\n"
            "DÉCRET portant création d'un comité de vigilance\n\nArticle 1er.- Il est créé un "
            "comité.\n\nDonné au Palais du gouvernement, à Ville-Exemple, le 3 mars 2026.\n",
            "2026-03-03",
        ),
        (
            "en",
            "THE REPUBLIC JOURNAL\n\nNo 88          Example City, Thursday 12 March 2026\n\n"
            "DECREE establishing a vigilance committee\n\nArticle 1.- A committee is "
            "established.\n\nGiven at Government House, Example City, on 3 March 2026.\n",
            "2026-03-03",
        ),
        # a publication cue right before its date, inside a version line
        (
            "en",
            "Ports of Entry: Countering Threats to Maritime Infrastructure\n\nAuthors: A. Okafor, "
            "B. Lindqvist Version 1.2 — 14 February 2026 (first published 30 January 2026)\n",
            "2026-01-30",
        ),
        (
            "fr",
            "Ports d'entrée : contrer les menaces contre les infrastructures maritimes\n\nAuteurs : "
            "A. Okafor, B. Lindqvist Version 1.2 — 14 février 2026 (publié le 30 janvier 2026)\n",
            "2026-01-30",
        ),
        # a bracketed heading that names the act, then its date; a site's "today is" is chrome
        (
            "en",
            "The Law Project\nToday is Wednesday, December 02, 2026\n\nRepublic of the Example\n"
            "Congress of the Example\n\n[ REPUBLIC ACT NO. 12318, January 15, 2026 ]\n\n"
            "AN ACT STRENGTHENING THE PROTECTION OF PORTS\n",
            "2026-01-15",
        ),
        (
            "fr",
            "Le Projet juridique\nNous sommes le mercredi 2 décembre 2026\n\nRépublique du Sénégal\n\n"
            "[ LOI N° 2025-07, 4 mars 2025 ]\n\nLOI MODIFIANT LE CODE PÉNAL\n",
            "2025-03-04",
        ),
        # a sitting's date block opening its line, under the record's heading
        (
            "fr",
            "Compte rendu\n\nCommission des lois\n\nMercredi 11 mars 2026 Séance de 9 heures 30\n\n"
            "Compte rendu n° 42\n\nLa séance est ouverte à 9 heures 35.\n",
            "2026-03-11",
        ),
        (
            "en",
            "Official Report\n\nHome Affairs Committee\n\nWednesday 11 March 2026 Sitting at 9.30 am\n\n"
            "Report No. 42\n\nThe sitting opened at 9.35 am.\n",
            "2026-03-11",
        ),
        # a photo caption names a place and a date inside a sentence; the dateline under the
        # title gives the meeting's two days
        (
            "fr",
            "Photo de famille des ministres, Lyon, 8 octobre 2026. © Présidence\n\n"
            "Communiqué des ministres de l'Intérieur\n\nLyon, 8 et 9 octobre 2026\n\n"
            "Nous, ministres de l'Intérieur, nous sommes réunis à Lyon.\n",
            "2026-10-08/2026-10-09",
        ),
        (
            "en",
            "Family photo of the ministers, Lyon, 8 October 2026. © Presidency\n\n"
            "Communiqué of the Interior Ministers\n\nLyon, 8 and 9 October 2026\n\n"
            "We, the Interior Ministers, met in Lyon.\n",
            "2026-10-08/2026-10-09",
        ),
        # an act's approval line under its signatures, past the head, dates it; the dates the
        # act names in its sections do not
        (
            "en",
            "Republic of the Example\nCongress of the Example\n\nAN ACT PROTECTING PORTS\n\n"
            + "SECTION 1. Short Title. – This Act shall be known as the Ports Act.\n\n" * 70
            + "SEC. 2. Effectivity. – This Act shall take effect on March 1, 2026.\n\n"
            "(Sgd.) JUAN DELA CRUZ\nPresident of the Senate\n\nApproved: JAN 15 2026\n",
            "2026-01-15",
        ),
        (
            "fr",
            "République de l'Exemple\nAssemblée nationale\n\nLOI PROTÉGEANT LES PORTS\n\n"
            + "Article premier. – La présente loi est dite loi sur les ports.\n\n" * 70
            + "Article 2. – La présente loi entre en vigueur le 1er mars 2026.\n\n"
            "Le Président de l'Assemblée\nJean DUPONT\n\nApprouvé : 15 janvier 2026\n",
            "2026-01-15",
        ),
    ],
)
def test_own_date_across_publishers(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


_REPORT_BODY = {
    "fr": (
        "I. CONTEXTE\n\n1) Le pays reste exposé à la menace venue du Sahel, notamment dans les "
        "régions frontalières, et les autorités ont renforcé le contrôle des frontières.\n\n"
        "2) La cellule a reçu davantage de déclarations de soupçon que l'année précédente.\n\n"
        "3) Les banques et les opérateurs de monnaie électronique en ont transmis l'essentiel.\n\n"
        "II. GEL DES AVOIRS\n\n4) Le ministre a pris deux arrêtés de gel :\n"
        "- arrêté n° 0112/MFB/CX du 14 février 2025 ;\n- arrêté n° 0398/MFB/CX du 2 juillet 2025.\n"
    ),
    "en": (
        "I. CONTEXT\n\n1) The country remains exposed to the threat from the Sahel, notably in "
        "the border regions, and the authorities have tightened border controls.\n\n"
        "2) The unit received more suspicious transaction reports than in the previous year.\n\n"
        "3) Banks and mobile money operators filed most of them.\n\n"
        "II. ASSET FREEZING\n\n4) The Minister made two freezing orders:\n"
        "- Order No. 112 of 14 February 2025;\n- Order No. 398 of 2 July 2025.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "cover"),
    [
        (
            "fr",
            "RÉPUBLIQUE D'EXEMPLE\nMINISTÈRE DES FINANCES\n\nCELLULE NATIONALE D'EXEMPLE\n\nRAPPORT D'ACTIVITÉS 2025\n\nExtrait : chapitre III\n\n"
            "Abidjan, juin 2026\n\n",
        ),
        (
            "en",
            "REPUBLIC OF EXAMPLE\nMINISTRY OF FINANCE\n\nNATIONAL EXAMPLE UNIT\n\nANNUAL REPORT 2025\n\nExcerpt: chapter III\n\n"
            "Nairobi, June 2026\n\n",
        ),
    ],
)
def test_a_listed_acts_day_yields_to_the_covers_month(lang: str, cover: str) -> None:
    # a short list line past the title naming an act ("- arrêté n° … du 14 février 2025 ;")
    # dates that act, not the report, whose cover dateline gives only its month
    doc = parse_text(cover + _REPORT_BODY[lang], language=lang)  # type: ignore[arg-type]
    assert doc.date is not None and doc.date.value == "2026-06"


_MENU = "".join(f"- Menu item {n}\n" for n in range(16))
_REPORT_EN = "".join(
    f"{n}. The committee reviewed the listing of the organisation.\n" for n in range(80)
)
_REPORT_FR = "".join(
    f"{n}. La commission a examiné l'inscription de l'organisation.\n" for n in range(80)
)


def _own(text: str, lang: str, chrome: tuple[tuple[int, int], ...] = ()) -> str | None:
    hit = own_date(text, find_dates(text, lang), chrome)
    return None if hit is None else hit.value


@pytest.mark.parametrize(
    ("lang", "heading", "value"),
    [
        ("en", "JUDGMENT OF THE COURT OF APPEAL, CRIMINAL DIVISION, OF 3 MARCH 2026", "2026-03-03"),
        (
            "fr",
            "JUGEMENT DU TRIBUNAL ADMINISTRATIF DE LYON, QUATRIÈME CHAMBRE, DU 3 MARS 2026",
            "2026-03-03",
        ),
    ],
)
def test_a_judgment_heading_under_the_page_chrome(lang: str, heading: str, value: str) -> None:
    """A court page's menu (noise) pushes the judgment's own heading below the title lines
    counted from the page's top; counted from the document's first own line, it is the
    heading that dates the judgment."""
    text = _MENU + "REPUBLIC\n\nIN THE NAME OF THE PEOPLE\n\n" + heading + "\n\nThe appeal.\n"
    assert _own(text, lang) is None
    assert _own(text, lang, ((0, len(_MENU)),)) == value


@pytest.mark.parametrize(
    ("lang", "header", "act", "value"),
    [
        (
            "en",
            "OFFICIAL GAZETTE OF THE REPUBLIC, 12 March 2026, Vol. 41",
            "Regulation 12-2026, 2 March 2026",
            "2026-03-02",
        ),
        (
            "fr",
            "JOURNAL OFFICIEL DE LA RÉPUBLIQUE, 12 mars 2026, n° 41",
            "Arrêté 2026-33, 2 mars 2026",
            "2026-03-02",
        ),
    ],
)
def test_a_running_header_dates_the_issue_not_the_act(
    lang: str, header: str, act: str, value: str
) -> None:
    """A gazette prints its issue's date in a header on every page: printed again, that
    line dates the issue; the act's heading under it dates the act. Printed once, the line
    still names the gazette, whose issue it dates (heldout13's gazettes, meta14); a line
    printed once that names none stands (a dateline opening the page)."""
    body = "Text of the act.\n" * 5
    assert _own(f"101 {header}\n\n{act}\n\n{body}{header} 102\n", lang) == value
    assert _own(f"101 {header}\n\n{act}\n\n{body}", lang) == value
    place = header.split(",")[1:3]  # the header's date behind a capital's name, no gazette
    dateline = "Capital," + ",".join(place)
    assert _own(f"{dateline}\n\n{act}\n\n{body}", lang) != value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Council conclusions\nBrussels, 12 July 2026\nPrepared for the 3 July 2026 meeting\n\n"
            "The Council adopted conclusions.\n\nBrussels, 12 July 2026\n",
            "2026-07-12",
        ),
        (
            "fr",
            "Conclusions du Conseil\nBruxelles, le 12 juillet 2026\nPréparées pour le 3 juillet "
            "2026\n\nLe Conseil a adopté des conclusions.\n\nBruxelles, le 12 juillet 2026\n",
            "2026-07-12",
        ),
    ],
)
def test_a_dateline_printed_again_is_no_running_header(lang: str, text: str, value: str) -> None:
    """A dateline the text repeats at its end is a word or two beside its date, not a
    running header's publication, issue and page: it still dates the text."""
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "infobox", "stamp", "value"),
    [
        (
            "en",
            "| Levels | 3 (since 1 December 2016) |",
            "Page last updated: 21 November 2026",
            "2026-11-21",
        ),
        (
            "fr",
            "| Niveaux | 3 (depuis le 1er décembre 2016) |",
            "Page mise à jour le 21 novembre 2026",
            "2026-11-21",
        ),
    ],
)
def test_a_foot_stamp_dates_a_page_nothing_else_dates(
    lang: str, infobox: str, stamp: str, value: str
) -> None:
    """A period's start ("since …") is no date of the page; the page's update stamp at its
    foot, past the head, dates it when nothing else does."""
    body = _REPORT_EN if lang == "en" else _REPORT_FR
    assert _own(f"Alert levels\n\n{infobox}\n\n{body}\n{stamp}\n", lang) == value


@pytest.mark.parametrize(
    ("lang", "tail", "value"),
    [
        ("en", "Ms Jane Okoro MP\nChair 14 October 2026\n", "2026-10-14"),
        ("fr", "Le président\nJean-Marc Dubois\n14 octobre 2026\n", "2026-10-14"),
        # the end of a sentence over a date is no signature block
        ("en", "The committee will meet again on\n14 October 2026\n", None),
        ("fr", "La commission se réunira de nouveau le\n14 octobre 2026\n", None),
        # a sitting's day under the minutes' heading, its weekday first, opens a record
        (
            "en",
            "Formal minutes\nMonday 14 October 2026\nMembers present: Ms Jane Okoro MP, in the Chair.\n",
            None,
        ),
        (
            "fr",
            "Procès-verbal\nLundi 14 octobre 2026\nPrésents : Mme Claire Martin, présidente.\n",
            None,
        ),
    ],
)
def test_a_signature_block_dates_a_report(lang: str, tail: str, value: str | None) -> None:
    """A report chapter whose head gives no date is dated by its signature block at the
    end: a name, an office and a date, each a short line of capitalised words."""
    body = _REPORT_EN if lang == "en" else _REPORT_FR
    assert _own(f"Chapter 2 - Listings\n\n{body}\n{tail}", lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value", "symbol"),
    [
        # an instruction or circular dated in its title line, numbered after its kind
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\nInstruction n° 2026-04 du 12 mars 2026 relative à la "
            "protection des lieux de culte pendant les fêtes religieuses et les grands "
            "rassemblements\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\n\n"
            "La présente instruction précise les mesures.\n",
            "2026-03-12",
            "2026-04",
        ),
        (
            "en",
            "MINISTRY OF THE INTERIOR\nCircular No. 4 of 12 March 2026 on the protection of "
            "places of worship during religious festivals and large public gatherings\n"
            "The Minister to the regional governors\n\nThis circular sets out the measures.\n",
            "2026-03-12",
            None,
        ),
        # a decree numbered with its issuing offices' codes, as West African states print it
        (
            "fr",
            "RÉPUBLIQUE DU NIGER\nFraternité - Travail - Progrès\nDÉCRET N°2026-0412/PRN/MI "
            "du 12 mars 2026 portant création d'un centre de lutte contre le terrorisme\n",
            "2026-03-12",
            "2026-0412/PRN/MI",
        ),
        # a United States statute by Congress and number
        (
            "en",
            "PUBLIC LAW 119-42—MAR. 12, 2026\n\nPublic Law 119-42\n119th Congress\nAn Act\n"
            "To protect stadiums from unmanned aircraft.\n",
            "2026-03-12",
            "Public Law 119-42",
        ),
    ],
)
def test_instructions_decrees_and_public_laws(
    lang: str, text: str, value: str, symbol: str | None
) -> None:
    assert _own(text, lang) == value
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # two datelines of the head score alike: the day's, not the regnal year's
        (
            "en",
            "First Session, Forty-fifth Parliament,\n3 Charles III, 2026\n"
            "HOUSE OF COMMONS OF CANADA\nBILL C-41\nAn Act to amend the Criminal Code (drones)\n"
            "FIRST READING, March 12, 2026\n\nHis Majesty enacts as follows:\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Première session, quarante-cinquième législature,\n3 Charles III, 2026\n"
            "CHAMBRE DES COMMUNES DU CANADA\nPROJET DE LOI C-41\nLoi modifiant le Code criminel "
            "(drones)\nPREMIÈRE LECTURE, le 12 mars 2026\n\nSa Majesté édicte :\n",
            "2026-03-12",
        ),
    ],
)
def test_a_day_before_a_year_among_equal_datelines(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # two short head lines score alike: the date alone on its line, not the one a cited
        # instrument's name carries
        (
            "fr",
            "Texte adopté n° 87\n« Petite loi »\nASSEMBLÉE NATIONALE\nCONSTITUTION DU 4 OCTOBRE "
            "1958\nDIX-SEPTIÈME LÉGISLATURE\nSESSION ORDINAIRE DE 2025-2026\n12 mars 2026\n"
            "PROJET DE LOI\nrelatif à la sécurité des stades,\n",
            "2026-03-12",
        ),
        (
            "en",
            "Adopted text No. 87\nPARLIAMENT OF RURITANIA\nCONSTITUTION OF 4 OCTOBER 1958\n"
            "SEVENTEENTH LEGISLATURE\nORDINARY SESSION 2025-2026\nSECOND READING\n12 March 2026\n"
            "BILL\non the security of stadiums,\n",
            "2026-03-12",
        ),
    ],
)
def test_a_date_alone_before_a_cited_instruments(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
