"""The document itself: classes of first-sight misses of heldout20-29 written again in other
publishers' styles (guidelines §6), found by probing the present code with new texts.

- a court's head printing the hearing's day above the day its decision is delivered
  ("Hearing: 3 March 2026" / "Judgment delivered: 11 May 2026", "Audience publique du 3 mars
  2026" / "Arrêt prononcé le 11 mai 2026"): the decision is dated the day it is delivered,
  which the label's words say ("delivered", "handed down", "prononcé le"), over the hearing's.
- a number alone on a head line that opens on digits, a registry's year or a chamber's digit
  and letter, before groups of capitals ("2026-CT-0118", "4C_117/2026"): as much a code as
  one that opens on a capital; a clock's "00.000Z" is none.
- a paginated text whose head prints no number, each page's running footer its kind and
  number beside the page's ("RSC Guideline No. 4 (2026) Page 1 of 3", "2/4 Circulaire
  ministérielle n° 12/2026"): repetition is what a publisher does with its own number.
- a labelled field whose number opens on a roll's capitals and a space ("Case No.: HCCR
  118/2025", "Référence : RG 2026/0412"), as heldout23's "Numéro d'arrêt : DCC 26-214".

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = (
    "\n\nJUDGMENT\n\n1. The accused was charged on 14 July 2024 with financing a terrorist"
    " organisation.\n\n2. The prosecution called six witnesses.\n"
)
_FR = (
    "\n\nARRÊT\n\n1. Le prévenu a été condamné le 14 juillet 2024 pour financement d'une"
    " entreprise terroriste.\n\n2. L'appel a été interjeté dans les délais.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the hearing's day, then the delivery's under a label no list named before
        (
            "en",
            "IN THE SUPREME COURT OF ARDENIA\n\nHearing: 3 March 2026\n"
            "Judgment delivered: 11 May 2026" + _EN,
            "2026-05-11",
        ),
        (
            "fr",
            "COUR D'APPEL DE LIBREVILLE\nCHAMBRE CORRECTIONNELLE\n\nAudience publique du 3 mars"
            " 2026\nArrêt prononcé le 11 mai 2026" + _FR,
            "2026-05-11",
        ),
        # the short labels of a cover: "Heard" and "Delivered"; "Débats" and "Prononcé le"
        (
            "en",
            "HIGH COURT OF MERIDIA\nCRIMINAL DIVISION\n\nHeard: 3 March 2026\n"
            "Delivered: 11 May 2026" + _EN,
            "2026-05-11",
        ),
        (
            "fr",
            "TRIBUNAL CORRECTIONNEL DE PORT-GENTIL\n\nDébats : 3 mars 2026\n"
            "Prononcé le 11 mai 2026" + _FR,
            "2026-05-11",
        ),
        # a hearing's word is no event word on its own: where a court decides at the
        # hearing, its date is the decision's ("Heard and determined", the Cour de
        # cassation's "Audience publique du …")
        (
            "en",
            "SUPREME COURT OF ARDENIA\n\nR v SMITH\n\nHeard and determined: 7 July 2026\n"
            "\nEx tempore" + _EN,
            "2026-07-07",
        ),
        (
            "fr",
            "Cour de cassation\n\nchambre criminelle\n\nAudience publique du mercredi"
            " 7 juillet 2026\n\nN° de pourvoi : 26-80.123" + _FR,
            "2026-07-07",
        ),
        # the hearing's word opens the line, the decision's kind the next: "Audience du …"
        (
            "fr",
            "COUR ADMINISTRATIVE D'APPEL DE LYON\n\nM. Martin, président\n"
            "Audience du 3 mars 2026\nDécision du 11 mai 2026" + _FR,
            "2026-05-11",
        ),
        # an appeal court's slip opinion: argued, then decided
        (
            "en",
            "UNITED STATES COURT OF APPEALS\n\nArgued: March 3, 2026\nDecided: May 11, 2026" + _EN,
            "2026-05-11",
        ),
        (
            "fr",
            "COUR SUPRÊME\n\nPlaidoiries : 3 mars 2026\nDate de l'arrêt : 11 mai 2026" + _FR,
            "2026-05-11",
        ),
    ],
)
def test_a_hearing_dates_no_decision(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


_EN_BODY = (
    "\n\n1. Event organisers shall install vehicle barriers at every pedestrian entrance.\n\n"
    "2. Barriers shall be tested before each event.\n"
)
_FR_BODY = (
    "\n\n1. Les organisateurs installent des barrières anti-véhicules à chaque entrée piétonne."
    "\n\n2. Les barrières sont testées avant chaque manifestation.\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a registry's year first, then the office's capitals and the serial number
        (
            "en",
            "NATIONAL POLICE SERVICE\nCounter-Terrorism Command\n\n2026-CT-0118\n\n"
            "STANDING INSTRUCTION ON VEHICLE BARRIERS\n\nIssued: 9 April 2026" + _EN_BODY,
            "2026-CT-0118",
        ),
        (
            "fr",
            "POLICE NATIONALE\nDirection de la lutte antiterroriste\n\n2026-DLA-0118\n\n"
            "INSTRUCTION PERMANENTE SUR LES BARRIÈRES\n\nDiffusée le 9 avril 2026" + _FR_BODY,
            "2026-DLA-0118",
        ),
        # a chamber's digit and letter first: "4C_117/2026"
        (
            "en",
            "FEDERAL COURT\n\n4C_117/2026\n\nJudgment of 11 May 2026" + _EN_BODY,
            "4C_117/2026",
        ),
        (
            "fr",
            "TRIBUNAL FÉDÉRAL\n\n4C_117/2026\n\nArrêt du 11 mai 2026" + _FR_BODY,
            "4C_117/2026",
        ),
        # a clock's fraction of seconds or a short reference mark is no number
        (
            "en",
            "NATIONAL POLICE SERVICE\n\n00.000Z\n\nSTANDING INSTRUCTION\n\n12-AB" + _EN_BODY,
            None,
        ),
        (
            "fr",
            "POLICE NATIONALE\n\n00.000Z\n\nINSTRUCTION PERMANENTE\n\n12-AB" + _FR_BODY,
            None,
        ),
    ],
)
def test_a_code_may_open_on_digits(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


def _paged(lines: list[str], foot: str) -> str:
    """A text whose every page ends on ``foot`` (a running footer), the pages' lines between."""
    pages = [f"{line}\n\n{foot.format(n=n + 1, of=len(lines))}" for n, line in enumerate(lines)]
    return "\n\n".join(pages) + "\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a head printing no number, each page's footer the guideline's kind and number
        (
            "en",
            "REGIONAL SECURITY COMMISSION\n\nGUIDELINE ON THE PROTECTION OF SOFT TARGETS\n\n"
            + _paged(
                ["1. Member States shall identify soft targets.", "2. Plans are reviewed."],
                "RSC Guideline No. 4 (2026) Page {n} of {of}",
            ),
            "RSC Guideline No. 4 (2026)",
        ),
        (
            "fr",
            "COMMISSION RÉGIONALE DE SÉCURITÉ\n\nLIGNE DIRECTRICE SUR LES CIBLES VULNÉRABLES\n\n"
            + _paged(
                ["1. Les États recensent les cibles.", "2. Les plans sont revus."],
                "Ligne directrice CRS n° 4 (2026) Page {n} sur {of}",
            ),
            "Ligne directrice CRS n° 4 (2026)",
        ),
        # the page's number first, the kind's words three
        (
            "en",
            "MINISTRY OF INTERIOR\n\nCIRCULAR ON HOTEL REGISTERS\n\n"
            + _paged(
                ["1. Hotels keep a register.", "2. Registers go to the police."],
                "{n}/{of} Interior Ministry Circular No. 12/2026",
            ),
            "Interior Ministry Circular No. 12/2026",
        ),
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\n\nCIRCULAIRE SUR LES REGISTRES D'HÔTEL\n\n"
            + _paged(
                ["1. Les hôtels tiennent un registre.", "2. Les registres vont à la police."],
                "{n}/{of} Circulaire ministérielle n° 12/2026",
            ),
            "Circulaire ministérielle n° 12/2026",
        ),
        # a footer printed once is no running line; a part's number ("Annex No. 2") is no kind
        (
            "en",
            "MINISTRY OF INTERIOR\n\nCIRCULAR ON HOTEL REGISTERS\n\n"
            + _paged(
                ["1. Hotels keep a register."], "Interior Ministry Circular No. 12/2026 Page {n}"
            ),
            None,
        ),
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\n\nCIRCULAIRE SUR LES REGISTRES D'HÔTEL\n\n"
            + _paged(
                ["1. Les hôtels tiennent un registre.", "2. Les registres vont à la police."],
                "Annexe n° 2 Page {n} sur {of}",
            ),
            None,
        ),
    ],
)
def test_a_running_footer_prints_its_kind_and_number(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a roll's capitals, a space, then the number, after the field's label
        (
            "en",
            "HIGH COURT OF MERIDIA\n\nCase No.: HCCR 118/2025\nDate of judgment: 11 May 2026" + _EN,
            "HCCR 118/2025",
        ),
        (
            "fr",
            "COUR D'APPEL DE LIBREVILLE\n\nRéférence : RG 2026/0412\nDate de l'arrêt : 11 mai 2026"
            + _FR,
            "RG 2026/0412",
        ),
        # a period's letters before a year are no register's: no number at all
        (
            "en",
            "HIGH COURT OF MERIDIA\n\nReference: FY 2026\nDate of judgment: 11 May 2026" + _EN,
            None,
        ),
        (
            "fr",
            "COUR D'APPEL DE LIBREVILLE\n\nRéférence : EX 2026\nDate de l'arrêt : 11 mai 2026"
            + _FR,
            None,
        ),
    ],
)
def test_a_field_value_may_open_on_a_registers_capitals(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol
