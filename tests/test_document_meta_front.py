"""The document's own date and number below a site's front matter (annotation guidelines §6).

A site generator writes its record of the text over it ("published: 2026-11-30", a list of
tags): the record's stamps date the copy, so a stamp the page prints for its readers ("Last
updated 8 January 2027") outranks them, and the record's lines are no lines of the text's
head, where its number is printed ("Adoptée en Conseil des Ministres le … – Décret n°
2026-1184"). A title page may print its number as a registry's serial over the office's
capitals ("33/JCJHA/07"). Each row is a short text written by hand in such a layout, French
and English side by side; the expected values were worked out by hand from each text.
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
