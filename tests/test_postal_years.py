"""A year before a capitalised word is no postcode and town (src/ctdocs/layout/_postal.py):
an address prints a house number beside its postcode ("Rue de la Loi 16, 1000 Bruxelles",
"20 Bligh Street, Sydney NSW 2000"), a title's edition or an agenda's year does not
("National Strategy, 2023 Update", "Vision EU 2030"). A closing list of such titles under
the text is the text's (guidelines §3: body, not boilerplate).
Hand-written lines, French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._postal import is_postal_line
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": "Le référent transmet chaque année au préfet un rapport sur les mesures prises par les"
    " exploitants des sites et sur les incidents survenus au cours de l'année écoulée.",
    "en": "The officer shall report every year to the authority on the measures taken by the"
    " operators of the sites and on the incidents that occurred during the year under review.",
}
LIST = {
    "fr": ["Stratégie nationale, 2023 Révision", "Plan d'action – 2021 Bilan"],
    "en": ["National Strategy, 2023 Update", "Action Plan – 2021 Review"],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("National Strategy, 2023 Update", False),
        ("Plan d'action – 2021 Révision", False),
        ("Annex, 2019 Report", False),
        ("Rapport annuel, 2024 Synthèse", False),
        ("Sustainable Development Agenda UN 2030", False),
        ("Vision EU 2030", False),
        ("Agenda de développement durable ONU 2030", False),
        # the addresses still are
        ("Cellule de renseignement financier – Avenue de la Toison d'Or 55, 1060 Bruxelles", True),
        ("National Counter-Terrorism Office, 12 Wakefield Street, Adelaide SA 5000", True),
        ("Banque centrale – 4, place de Budapest – 75436 Paris Cedex 09", True),
        ("Office of the Commissioner, 20 Bligh Street, Sydney NSW 2000", True),
    ],
)
def test_a_year_and_a_word_is_no_address(line: str, expected: bool) -> None:
    assert is_postal_line(line) is expected


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_closing_list_of_titles_with_years_stays(lang: str) -> None:
    text = PROSE[lang] + "\n\n" + "\n".join(f"- {x}" for x in LIST[lang]) + "\n"
    got = {u.text: u.noise for u in segment(normalise(text, markdown=True))}
    assert [v for k, v in got.items() if any(x in k for x in LIST[lang])] == [None, None]
