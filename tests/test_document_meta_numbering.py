"""The document's own number by its numbering system; for its date, an adoption line
joined to the line above.

Each row is a short head written by hand for a numbering system whose own citation rules
say how the number is written (not a copy of a held-out text): a French-speaking
administration's serial with its issuing offices' codes after slashes, a Pacific statute
book's "year, No. serial", a House of Commons paper, a Council of Europe treaty by its series'
name written out, a publisher's code after a kind word among a line's fields. French and
English rows stand side by side; the last rows of each test are numbers of the same shapes
that are not the document's own (cited in running text). Expected values follow the
annotation guidelines (§6) and were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

from ._docmeta import own_value as _own

_BODY = "The ministry asks every service to review its plans before the summer.\n"
_CORPS = "Le ministère demande à chaque service de revoir ses plans avant l'été.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # an administration's serial and the codes of the offices that issue it, alone on its line
        (
            "fr",
            "RÉPUBLIQUE DU NIGER\nMINISTÈRE DE L'INTÉRIEUR\n\nN° 0087/MI/SG/DGPN\n\n"
            "CIRCULAIRE relative aux drones\n\n" + _CORPS,
            "N° 0087/MI/SG/DGPN",
        ),
        # a statute book's year, a comma and the act's serial, alone under its title
        (
            "en",
            "TONGA\n\nTERRORISM (AMENDMENT) ACT 2026\n\n2026, No. 7\n\n" + _BODY,
            "2026, No. 7",
        ),
        # a House of Commons paper's number among the report's other numbers
        (
            "en",
            "Drones and prisons\n\nFifth Report of Session 2026–27\n\n"
            "Download (PDF) · HC 905 · HL Paper 77\n\n" + _BODY,
            "HC 905",
        ),
        # a Council of Europe treaty heads its page with its series' name written out
        (
            "fr",
            "Accueil > Traités\n\nSérie des traités du Conseil de l'Europe - n° 225\n\n"
            "Protocole portant amendement\n\n" + _CORPS,
            "STCE n° 225",
        ),
        (
            "en",
            "Home > Treaties\n\nCouncil of Europe Treaty Series - No. 225\n\n"
            "Protocol amending the Convention\n\n" + _BODY,
            "CETS No. 225",
        ),
        # a publisher's own code after a kind word among the line's fields
        (
            "en",
            "Tech Against Terrorism · Briefing No. TAT/BR/2026/04 · Period covered: 2025\n\n"
            + _BODY,
            "TAT/BR/2026/04",
        ),
        (
            "fr",
            "Observatoire sahélien · Bulletin N° OBS/BUL/26/3 · Période : 2025\n\n" + _CORPS,
            "OBS/BUL/26/3",
        ),
        # the same shapes cited in running text are other documents' numbers
        (
            "fr",
            "Le ministre rappelle la circulaire N° 0087/MI/SG/DGPN aux préfets.\n\n" + _CORPS,
            None,
        ),
        (
            "en",
            "The committee's earlier report (HC 905) and Act 2026, No. 7 are cited.\n\n" + _BODY,
            None,
        ),
    ],
)
def test_a_numbering_system_writes_the_number(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a title page's lines the reader joined (Markdown's soft break): the adoption line
        # still opens after the line above's date
        (
            "fr",
            "# PLAN NATIONAL DE LUTTE CONTRE LE TERRORISME 2027-2031\n\n"
            "Version validée en séminaire, Kara, 3-5 mars 2027 Adopté en Conseil des ministres "
            "le jeudi 8 avril 2027\n\n" + _CORPS,
            "2027-04-08",
        ),
        (
            "en",
            "# NATIONAL COUNTER-TERRORISM PLAN 2027-2031\n\n"
            "Draft validated at a national workshop, Lusaka, 3-5 March 2027 Adopted by Cabinet "
            "on Thursday 8 April 2027\n\n" + _BODY,
            "2027-04-08",
        ),
        # a year that runs on into a name, the cue further on, is no joined line: the dateline
        (
            "en",
            "# NATIONAL COUNTER-TERRORISM PLAN\n\nLusaka, 3 March 2027\n\n"
            "The Strategy 2026 Review, adopted on 8 April 2026, is replaced.\n\n" + _BODY,
            "2027-03-03",
        ),
        (
            "fr",
            "# PLAN NATIONAL DE LUTTE CONTRE LE TERRORISME\n\nLomé, le 3 mars 2027\n\n"
            "La Stratégie 2026 Révisée, adoptée le 8 avril 2026, est remplacée.\n\n" + _CORPS,
            "2027-03-03",
        ),
    ],
)
def test_an_adoption_line_joined_to_the_line_above(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
