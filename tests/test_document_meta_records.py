"""The document's own date and number where a record, a preamble or a closing field sits
beside them (annotation guidelines §6).

A mirror's front matter records what it knows of the text ("adopted: 2026-11-20"), while
the text prints its own date in its masthead; a resolution's WHEREAS paragraphs date what
they report, its "APPROVED this … day of …" formula dates the resolution; an act's foot
prints its "[Assent Date: …]" field; a heading of capitals prints the number with its year
in parentheses; an annual collection cites an act by its year and number. Each row is a
short text written by hand in such a layout, French and English side by side; the
expected values were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"
_LONG = "".join(f"{n}. {_BODY}\n" for n in range(1, 70))
_LONGUE = "".join(f"{n}. {_CORPS}\n" for n in range(1, 70))


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the masthead's date under the distribution line, over the mirror's record
        (
            "en",
            '---\ntitle: "Concluding observations"\nadopted: 2026-11-20\n---\n\n'
            "United Nations   CAT/C/TJK/CO/4\n\nDistr.: General\n4 December 2026\n\n"
            "Original: English\n\n" + _BODY,
            "2026-12-04",
        ),
        (
            "fr",
            '---\ntitre: "Observations finales"\nadoptée: 2026-11-20\n---\n\n'
            "Nations Unies   CAT/C/TJK/CO/4\n\nDistr. générale\n4 décembre 2026\n\n"
            "Français\n\n" + _CORPS,
            "2026-12-04",
        ),
        # the record's date still outranks a page's update stamp, the text's only other date
        (
            "en",
            '---\ntitle: "Concluding observations"\nadopted: 2026-11-20\n---\n\n'
            "Concluding observations\n\n" + _BODY + "\nLast updated: 1 December 2026\n",
            "2026-11-20",
        ),
        (
            "fr",
            '---\ntitre: "Observations finales"\nadoptée: 2026-11-20\n---\n\n'
            "Observations finales\n\n" + _CORPS + "\nMis à jour le 1er décembre 2026\n",
            "2026-11-20",
        ),
        # a preambular paragraph reports an event; the closing formula dates the resolution
        (
            "en",
            "RESOLUTION NO. 63\n\nWHEREAS, on 4 September 2026, the Agency reported the "
            "designation;\n\n" + _LONG + "\nAPPROVED this 24th day of September, 2026, in the "
            "City of Manila.\n",
            "2026-09-24",
        ),
        (
            "fr",
            "RÉSOLUTION N° 63\n\nConsidérant que, le 4 septembre 2026, l'Agence a signalé la "
            "désignation ;\n\n" + _LONGUE + "\nFait à Dakar, le 24 septembre 2026.\n",
            "2026-09-24",
        ),
        # an act's foot: the assent's field, not the day it comes into operation
        (
            "en",
            "AVIATION SECURITY AMENDMENT ACT 2026\n\n"
            + _LONG
            + "\n[Assent Date: 9 October 2026]\n\n[Operative Date: 1 December 2026]\n",
            "2026-10-09",
        ),
        (
            "fr",
            "LOI SUR LA SÛRETÉ AÉRIENNE\n\n" + _LONGUE + "\n[Date de sanction : 9 octobre 2026]\n\n"
            "[Date d'entrée en vigueur : 1er décembre 2026]\n",
            "2026-10-09",
        ),
    ],
)
def test_the_text_dates_itself_over_its_record_and_preamble(
    lang: str, text: str, value: str
) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a heading of capitals: the kind, its number's mark, the number and its year
        (
            "en",
            "ATC RESOLUTION NO. 63 (2026)\n\nRESOLUTION DESIGNATING PERSONS\n\n" + _BODY,
            "ATC RESOLUTION NO. 63 (2026)",
        ),
        (
            "fr",
            "RÉSOLUTION CONJOINTE N° 63 (2026)\n\nRÉSOLUTION PORTANT DÉSIGNATION\n\n" + _CORPS,
            "RÉSOLUTION CONJOINTE N° 63 (2026)",
        ),
        # an annual collection's citation alone under the title: the year and the number
        (
            "en",
            "AVIATION SECURITY AMENDMENT ACT 2026\n\n2026 : 31\n\n" + _BODY,
            "2026 : 31",
        ),
        (
            "fr",
            "Code pénal\n\nAdopté le 6 juin 2001\nRT I 2001, 61, 364\n\n" + _CORPS,
            "RT I 2001, 61, 364",
        ),
        # a span of years alone on its line is no citation
        ("en", "ANNUAL REPORT\n\n2025 - 2026\n\n" + _BODY, None),
        ("fr", "RAPPORT ANNUEL\n\n2025 - 2026\n\n" + _CORPS, None),
    ],
)
def test_a_heading_or_a_collection_numbers_the_text(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol
