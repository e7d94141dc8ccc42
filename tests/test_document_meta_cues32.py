"""The document itself: classes of first-sight misses of heldout20-30 written again in other
publishers' styles (guidelines §6), found by probing the present code with new texts.

- a label naming the document's own date closed by a dateline's article before its colon
  ("Judgment delivered on: 24 June 2026" under "Heard on: 3 June 2026"): the label is the
  same with or without its "on" / "le", and the decision is dated the day it is delivered.
- a letter's or a circular's sentence that cites its acts with their dates ("En application
  de la loi n° 2020-003 du 20 janvier 2020 portant … et du décret …, j'ai l'honneur de …."),
  on one line or wrapped over several: the dateline above it ("N'Djamena, le 14 mars 2026")
  dates the letter, as heldout20's and heldout28's circulars, where the cited act's date sat
  lower in the text.
- a number with no plain serial of digits: a serial in Roman numerals before its year ("ACT
  No. XIV of 2026", heldout30's "Ordinance No. XXXIV of 2026"), an administrative court's
  file number with its court's capitals ("N° 26LY01187", heldout30's "N° 26PA00871").
- a meeting's text whose head prints the meeting's days and whose closing formula signs it
  on the last ("Signed in Nairobi on 12 March 2026.", "Fait en deux exemplaires originaux, le
  12 mars 2026."), as heldout30's ASEANAPOL communiqué: the formula's words open its line.
- a citation's imprint in brackets ("(Geneva: UNIDIR, 2026)", heldout28's chapter) is no
  dateline: a place and a comma before a year inside a bracket opened on its line.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN_JUDGMENT = (
    "\n\nJUDGMENT\n\n1. The accused is charged with financing a terrorist organisation.\n\n"
    "2. The prosecution called five witnesses.\n"
)
_FR_JUDGMENT = (
    "\n\nARRÊT\n\n1. Le prévenu est poursuivi pour association de malfaiteurs terroriste.\n\n"
    "2. Il ressort des pièces du dossier que le prévenu a transféré des fonds.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "IN THE HIGH COURT OF ZAMBORIA\nCRIMINAL DIVISION\n\nCase No. HCC/CR/2026/044\n\n"
            "Heard on: 3 June 2026\nJudgment delivered on: 24 June 2026" + _EN_JUDGMENT,
            "2026-06-24",
        ),
        (
            "fr",
            "COUR D'APPEL DE DAKAR\nCHAMBRE CRIMINELLE SPÉCIALE\n\nAudience du 3 juin 2026\n"
            "Arrêt rendu le : 24 juin 2026" + _FR_JUDGMENT,
            "2026-06-24",
        ),
        # the label opening its line with no colon: "Delivered on 24 June 2026"
        (
            "en",
            "SUPREME COURT OF MERIDIA\n\nArgued on: 3 June 2026\nDelivered on 24 June 2026"
            + _EN_JUDGMENT,
            "2026-06-24",
        ),
        (
            "fr",
            "TRIBUNAL DE GRANDE INSTANCE DE LOMÉ\n\nPlaidoiries le 3 juin 2026\n"
            "Prononcé le 24 juin 2026" + _FR_JUDGMENT,
            "2026-06-24",
        ),
    ],
)
def test_a_delivery_label_closed_by_its_article_dates_the_decision(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value


_FR_LETTER = (
    "RÉPUBLIQUE DU TCHAD\nUnité – Travail – Progrès\n\nMINISTÈRE DE LA SÉCURITÉ PUBLIQUE\n\n"
    "N'Djamena, le 14 mars 2026\n\nLe Ministre\n\nà\n\nMessieurs les Gouverneurs de province\n\n"
    "Objet : contrôle des motocyclettes aux frontières\n\n"
    "En application de la loi n° 2020-003 du 20 janvier 2020 portant répression des actes de"
    " terrorisme et du décret n° 2021-118 du 9 février 2021, j'ai l'honneur de vous demander"
    " de renforcer les contrôles des motocyclettes dans les zones frontalières.\n\n"
    "Le Ministre\n"
)
_EN_LETTER = (
    "REPUBLIC OF ZAMBORIA\nMINISTRY OF HOME AFFAIRS\n\nLusaka, 14 March 2026\n\n"
    "To all Provincial Commanders\n\nSubject: Control of motorcycles at the borders\n\n"
    "Pursuant to the order of 20 January 2020 on the control of borders and the regulation of"
    " 9 February 2021, I have the honour to ask you to strengthen the checks on motorcycles"
    " in the border districts.\n\nThe Minister\n"
)


def _wrapped(text: str, *breaks: str) -> str:
    """``text`` with a line break before each of ``breaks``, as a printed page wraps it."""
    for b in breaks:
        text = text.replace(f" {b}", f"\n{b}", 1)
    return text


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", _EN_LETTER, "2026-03-14"),
        ("fr", _FR_LETTER, "2026-03-14"),
        ("en", _wrapped(_EN_LETTER, "on the control", "9 February", "ask you"), "2026-03-14"),
        ("fr", _wrapped(_FR_LETTER, "terrorisme et", "j'ai", "de renforcer"), "2026-03-14"),
    ],
)
def test_a_letters_sentence_citing_its_acts_does_not_date_it(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # an act's title that opens its line with the act's name and runs on past a comma
        # stays the act's date (a gazette's "Loi organique … du 13 septembre 2024, modifiant")
        (
            "fr",
            "JOURNAL OFFICIEL DE LA RÉPUBLIQUE TUNISIENNE\n\nLoi organique n° 2026-41 du 13 mars"
            " 2026, modifiant la loi relative à la lutte contre le terrorisme.\n\nArticle premier"
            " – La présente loi modifie l'article 13.\n",
            "2026-03-13",
        ),
        (
            "en",
            "OFFICIAL GAZETTE OF ZAMBORIA\n\nAct No. 4 of 13 March 2026, amending the Prevention"
            " of Terrorism Act.\n\n1. This Act amends section 13 of the principal Act.\n",
            "2026-03-13",
        ),
    ],
)
def test_a_title_opening_on_its_act_keeps_its_date(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


_EN_ACT = (
    "\n\nAn Act further to amend the Anti-terrorism Act, 1997\n\nWHEREAS it is expedient to"
    " amend the said Act;\n\n1. Short title.—This Act may be called the Anti-terrorism"
    " (Amendment) Act, 2026.\n"
)
_FR_DECISION = (
    "\nInédit au recueil Lebon\n\nVu la procédure suivante :\n\n1. M. A... demande l'annulation"
    " de l'arrêté prononçant le gel de ses avoirs.\n\n2. La requête est rejetée.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a serial in Roman numerals before its year, in capitals or in mixed case
        ("en", "THE GAZETTE OF ISLAMABAD\n\nACT No. XIV of 2026" + _EN_ACT, "ACT No. XIV of 2026"),
        (
            "en",
            "Drones and Harbours (Security) Ordinance, 2026\n\nOrdinance No. XXI of 2026\n\n"
            "Made 4th May, 2026\n\n1. No person shall fly a drone over a harbour.\n",
            "Ordinance No. XXI of 2026",
        ),
        # an administrative court's file number, its court's capitals between year and serial
        (
            "fr",
            "COUR ADMINISTRATIVE D'APPEL DE LYON\n4ème chambre\nN° 26LY01187" + _FR_DECISION,
            "N° 26LY01187",
        ),
        (
            "fr",
            "TRIBUNAL ADMINISTRATIF DE LYON\n3ème chambre\nN° 2604117" + _FR_DECISION,
            "N° 2604117",
        ),
        # no year after the numerals: a part of the text, not its number
        ("en", "THE GAZETTE OF ISLAMABAD\n\nSCHEDULE No. IV" + _EN_ACT, None),
        # a word after the capitals: no file number ("N° 12 ABC" is a list's entry)
        ("fr", "TRIBUNAL ADMINISTRATIF DE LYON\nN° 12ABCDEF" + _FR_DECISION, None),
    ],
)
def test_a_number_without_a_plain_serial_is_read(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


_EN_MEETING = (
    "JOINT STATEMENT\nOF THE 12TH MEETING OF HEADS OF COUNTER-TERRORISM AGENCIES\n"
    "NAIROBI, KENYA, 10 - 12 MARCH 2026\n\n1. The Meeting was held in Nairobi from 10 to 12"
    " March 2026.\n\n2. The Meeting agreed to establish a joint platform.\n\n"
)
_FR_MEETING = (
    "COMMUNIQUÉ FINAL\nDE LA 9E RÉUNION DES MINISTRES DE LA SÉCURITÉ\n"
    "NDJAMENA, TCHAD, 10 - 12 MARS 2026\n\n1. La réunion s'est tenue à N'Djamena du 10 au 12"
    " mars 2026.\n\n2. Les ministres sont convenus de créer une plateforme commune.\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the formula closing a meeting's text names the day it was signed, within the
        # meeting's days its head prints: "Signed in …", "Done in …", "Fait en … exemplaires"
        ("en", _EN_MEETING + "Signed in Nairobi on 12 March 2026.\n", "2026-03-12"),
        (
            "fr",
            _FR_MEETING + "Fait en deux exemplaires originaux, le 12 mars 2026.\n",
            "2026-03-12",
        ),
        ("en", _EN_MEETING + "Done in duplicate at Nairobi on 12 March 2026.\n", "2026-03-12"),
        ("fr", _FR_MEETING + "Signé à N'Djamena le 12 mars 2026.\n", "2026-03-12"),
    ],
)
def test_a_signing_formula_dates_a_meetings_text(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a citation's imprint, a place and a publisher before the year in brackets, is no
        # dateline: the chapter's "Published" stamp dates it
        (
            "en",
            "# Chapter 3. Drones in the Sahel\n\n*Published 18 November 2026 · Research report"
            " chapter*\n\nArmed groups have used drones since 2023.\n\nCite as: Diallo, A.,"
            " 'Chapter 3', in Counter-IED Capability, Vol. II (Geneva: UNIDIR, 2026)\n",
            "2026-11-18",
        ),
        (
            "fr",
            "# Chapitre 3. Les drones au Sahel\n\n*Publié le 18 novembre 2026 · Chapitre de"
            " rapport*\n\nLes groupes armés emploient des drones depuis 2023.\n\nPour citer :"
            " Diallo, A., « Chapitre 3 », in Menaces hybrides, t. II (Paris : IRSEM, 2026)\n",
            "2026-11-18",
        ),
        # a dateline out of brackets keeps its year: "Ottawa, 2013" under the title
        ("en", "NATIONAL STRATEGY AGAINST TERRORISM\n\nOttawa, 2013\n\n1. Canada acts.\n", "2013"),
        (
            "fr",
            "STRATÉGIE NATIONALE CONTRE LE TERRORISME\n\nOttawa, 2013\n\n1. Le Canada agit.\n",
            "2013",
        ),
    ],
)
def test_a_citations_imprint_is_no_dateline(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # "Signed in" / "Fait en" opening a paragraph of prose cite another instrument's day:
        # the dateline under the title dates the report (§6), not the agreement cited
        (
            "en",
            "# Climate security: annual report\n\nLondon, 3 March 2026\n\n## 1. Background\n\n"
            "Signed in Paris on 12 December 2015, the Paris Agreement commits the parties to"
            " limit warming.\n",
            "2026-03-03",
        ),
        (
            "fr",
            "# Sécurité climatique : rapport annuel\n\nParis, le 3 mars 2026\n\n## 1. Contexte\n\n"
            "Fait en marge de la COP21 le 12 décembre 2015, l'accord de Paris engage les parties"
            " à limiter le réchauffement.\n",
            "2026-03-03",
        ),
        # with only a month under the title, the month stays the document's date
        (
            "en",
            "# Climate security: annual report\n\nMarch 2026\n\nDone in cooperation with the"
            " Ministry of Defence on 4 May 2024, the first review found that stress feeds"
            " recruitment.\n",
            "2026-03",
        ),
        (
            "fr",
            "# Sécurité climatique : rapport annuel\n\nMars 2026\n\nFait en lien avec le"
            " ministère des Armées le 4 mai 2024, le premier examen a montré que le stress"
            " nourrit le recrutement.\n",
            "2026-03",
        ),
    ],
)
def test_a_signing_cue_opening_prose_does_not_date_the_document(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a consolidated act's title opening the text, its act's name after "Version
        # consolidée de la", wrapped onto a subject line with a comma clause and a full
        # stop: the title's date is the act's own (§6), not a sentence citing it
        (
            "fr",
            "Version consolidée de la loi n° 2026-14 du 12 mars 2026\nrelative à la sécurité"
            " intérieure, à la prévention et à la lutte contre le terrorisme.\n\nArticle 1er\n\n"
            "Le présent texte fixe les règles applicables.\n",
            "2026-03-12",
        ),
        (
            "en",
            "Consolidated version of the Counter-Terrorism Act No. 14 of 12 March 2026\non the"
            " prevention of terrorism, money laundering and the financing of proliferation.\n\n"
            "Section 1\n\nThis Act lays down the rules that apply.\n",
            "2026-03-12",
        ),
    ],
)
def test_a_consolidated_titles_wrapped_subject_keeps_its_date(
    lang: str, text: str, value: str
) -> None:
    assert own_value(text, lang) == value
