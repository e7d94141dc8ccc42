"""The document's own date and number below a site's front matter (annotation guidelines §6).

A site generator writes its record of the text over it ("published: 2026-11-30", a list of
tags): the record's stamps date the copy, so a stamp the page prints for its readers ("Last
updated 8 January 2027") outranks them, and the record's lines are no lines of the text's
head, where its number is printed ("Adoptée en Conseil des Ministres le … – Décret n°
2026-1184"). A title page may print its number as a registry's serial over the office's
capitals ("33/JCJHA/07"), a paper of a parliament its series and number ("CP 1418"), a number
its issuer's initials ("DCC 26-214"), while a report on a bill prints the bill's number in its
title; a period a sentence reports ("entre avril 2022 et mars 2024 :") dates no text. Each
row is a short text written by hand in such a layout, French and English side by side; the
expected values were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"
_TAGS = "tags:\n" + "".join(f"  - tag{n}\n" for n in range(12))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the page's own update stamp over the generator's record of publication
        (
            "en",
            '---\ntitle: "Module 4"\npublished: 2026-11-30\n---\n\n# Module 4\n\n'
            + _BODY
            + "\nLast updated 8 January 2027 · Edit on GitHub\n",
            "2027-01-08",
        ),
        (
            "fr",
            '---\ntitre: "Module 4"\npublié: 2026-11-30\n---\n\n# Module 4\n\n'
            + _CORPS
            + "\nMis à jour le 8 janvier 2027 · Modifier sur GitHub\n",
            "2027-01-08",
        ),
        # with no stamp in the text, the record's still dates it
        (
            "en",
            '---\ntitle: "Module 4"\npublished: 2026-11-30\n---\n\n# Module 4\n\n' + _BODY,
            "2026-11-30",
        ),
        (
            "fr",
            '---\ntitre: "Module 4"\npublié: 2026-11-30\n---\n\n# Module 4\n\n' + _CORPS,
            "2026-11-30",
        ),
    ],
)
def test_a_printed_stamp_outranks_the_front_matter_stamp(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the act's number closing its adoption line, below a long front matter
        (
            "fr",
            '---\ntitle: "Stratégie nationale"\n'
            + _TAGS
            + "---\n\n**PRIMATURE**\n\n# Stratégie nationale 2026-2030\n\n"
            "Adoptée en Conseil des Ministres le 9 septembre 2026 – Décret n° 2026-1184\n\n"
            + _CORPS,
            "Décret n° 2026-1184",
        ),
        (
            "en",
            '---\ntitle: "National Strategy"\n'
            + _TAGS
            + "---\n\n**PRIME MINISTER'S OFFICE**\n\n# National Strategy 2026-2030\n\n"
            "Adopted by the Council of Ministers on 9 September 2026 – Decree No. 2026-1184\n\n"
            + _BODY,
            "Decree No. 2026-1184",
        ),
        # an act's title names it before its date: the number alone
        (
            "fr",
            "Décret n° 2024-251 du 25 mars 2024 relatif à la sécurité des sites\n\n" + _CORPS,
            "2024-251",
        ),
    ],
)
def test_the_head_is_counted_below_the_front_matter(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a registry's serial over the office's capitals, alone on the title page
        (
            "en",
            "Houses of the Oireachtas\n\nJoint Committee on Justice\n\nReport on the "
            "Critical Entities Bill\n\nSept. 2026\n\n33/JCJHA/07\n\n" + _BODY,
            "33/JCJHA/07",
        ),
        (
            "fr",
            "Assemblée nationale\n\nCommission de la justice\n\nRapport sur le projet de loi"
            "\n\nSeptembre 2026\n\n33/CJAI/07\n\n" + _CORPS,
            "33/CJAI/07",
        ),
        # digits over slashes with no office's capitals are no such number
        ("en", "Annual report\n\nSept. 2026\n\n33/12/07\n\n" + _BODY, None),
        ("fr", "Rapport annuel\n\nSeptembre 2026\n\n33/12/07\n\n" + _CORPS, None),
    ],
)
def test_a_serial_over_an_office_alone_numbers_the_text(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a paper of the United Kingdom's Parliament alone under the title page's date
        (
            "en",
            "TERRORISM IN PRISONS\n\nPresented to Parliament\n\nOctober 2026\n\nCP 1418\n\n"
            + _BODY,
            "CP 1418",
        ),
        (
            "fr",
            "LE TERRORISME EN PRISON\n\nPrésenté au Parlement\n\nOctobre 2026\n\nCP 1418\n\n"
            + _CORPS,
            "CP 1418",
        ),
        # capitals that run on into a word are no series
        ("en", "TERRORISM IN PRISONS\n\nOctober 2026\n\nCPU 1418\n\n" + _BODY, None),
        ("fr", "LE TERRORISME EN PRISON\n\nOctobre 2026\n\nCPU 1418\n\n" + _CORPS, None),
        # an issuer's initials before an echoed number are part of it, in the head's case
        (
            "en",
            "FINANCIAL INTELLIGENCE UNIT\n\nFIU GUIDELINE 7/2026\n\n"
            + _BODY
            + "\nFIU Guideline 7/2026      Risks in the sector\n\n"
            + _BODY
            + "\nFIU Guideline 7/2026      Risks in the sector\n",
            "FIU GUIDELINE 7/2026",
        ),
        (
            "fr",
            "Cour constitutionnelle\n\nDÉCISION DCC 26-214\n\n"
            + _CORPS
            + "\nProposition de citation : Cour constitutionnelle, 12 novembre 2026, DCC 26-214\n",
            "DCC 26-214",
        ),
        # initials the text does not print again before the number are not the number's
        (
            "fr",
            "Cour constitutionnelle\n\nDÉCISION DCC 26-214\n\n"
            + _CORPS
            + "\nProposition de citation : Cour constitutionnelle, 12 novembre 2026, 26-214\n",
            "26-214",
        ),
        # a report on a bill: the number after the bill's name is the bill's
        (
            "fr",
            "RAPPORT\nSUR LE PROJET DE LOI N° 21/2026 RELATIF A LA PROTECTION\n\n"
            "La Commission a examiné le projet de loi n° 21/2026 relatif à la protection.\n",
            None,
        ),
        (
            "en",
            "REPORT\nON THE DRAFT ACT No. 21/2026 ON THE PROTECTION OF SITES\n\n"
            "The Committee examined the draft Act No. 21/2026 on the protection of sites.\n",
            None,
        ),
    ],
)
def test_a_series_or_an_issuer_numbers_the_text(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a period a sentence's words open dates what it reports: the page's stamp dates it
        (
            "fr",
            "Communiqué de presse\n\nSelon l'acte d'accusation, les prévenus ont, entre avril "
            "2022 et mars 2024 :\n\n" + _CORPS + "\nDernière modification 15.09.2026\n",
            "2026-09-15",
        ),
        (
            "en",
            "Press release\n\nUnder the indictment, the accused had, between April 2022 and "
            "March 2024:\n\n" + _BODY + "\nLast modified 15.09.2026\n",
            "2026-09-15",
        ),
    ],
)
def test_a_worded_period_is_no_short_line_date(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
