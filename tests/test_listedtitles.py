"""Titles a document's contents list gives its clauses where the body prints only the
first line of a marginal note above the number (ctdocs.structure._listedtitles; guidelines
§1: the heading title that belongs to the clause number; README: a marginal note above a
subsection is its title).

``Reporting of`` over ``3. The master …``, the rest of the note lost to the layout, and
``3. Reporting of suspicious vessels and consignments`` in the arrangement: the listed name
is the title; a regulation with no note printed (``1.``) stays untitled, as where the
names stand in the contents only. A title that is a lead-in (``In these Regulations,-``)
goes back to the text. French and English side by side; the expected titles and first
words were worked out by hand from §1, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _clauses(text: str, lang: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first three words of its text."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}


REGULATIONS = {
    "en": """THE PORT SECURITY REGULATIONS, 2026

ARRANGEMENT OF REGULATIONS

1. Citation
2. Interpretation
3. Reporting of suspicious vessels and consignments
4. Offences and penalties

IN EXERCISE of the powers conferred upon the Minister by section 12 of the Port Security
Act, the Minister hereby makes the following Regulations:-

1. These Regulations may be cited as the Port Security Regulations, 2026.

Interpretation.
2. In these Regulations,-
"port" means a port declared under the Act;
"zone" means a security zone declared under regulation 3.

Reporting of
3. The master of a vessel and the agent of a consignment shall report to the Authority any
person or package found in a security zone without a permit.

Offences and
4. A person who contravenes regulation 3 commits an offence and is liable to a fine of ten
thousand dollars.
""",
    "fr": """RÈGLEMENT SUR LA SÛRETÉ DES PORTS

SOMMAIRE

1. Titre abrégé
2. Définitions
3. Signalement des navires et des envois suspects
4. Infractions et peines

En vertu de l'article 12 de la Loi sur la sûreté des ports, le ministre prend le règlement suivant :

1. Le présent règlement peut être cité sous le titre : Règlement sur la sûreté des ports, 2026.

Définitions.
2. Dans le présent règlement,-
« port » s'entend d'un port déclaré en vertu de la Loi ;
« zone » s'entend d'une zone de sûreté déclarée en vertu de l'article 3.

Signalement des
3. Le capitaine d'un navire et l'agent d'un envoi signalent à l'Autorité toute personne ou
tout colis trouvé dans une zone de sûreté sans permis.

Infractions et
4. Quiconque contrevient à l'article 3 commet une infraction et encourt une amende de dix
mille dollars.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("number", ["2", "3", "4"])
def test_a_noted_clause_takes_the_listed_name(lang: str, number: str) -> None:
    want = {
        "en": {
            "2": ("Interpretation", ["In", "these", "Regulations,-"]),
            "3": ("Reporting of suspicious vessels and consignments", ["The", "master", "of"]),
            "4": ("Offences and penalties", ["A", "person", "who"]),
        },
        "fr": {
            "2": ("Définitions", ["Dans", "le", "présent"]),
            "3": ("Signalement des navires et des envois suspects", ["Le", "capitaine", "d'un"]),
            "4": ("Infractions et peines", ["Quiconque", "contrevient", "à"]),
        },
    }
    assert _clauses(REGULATIONS[lang], lang)[number] == want[lang][number]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_clause_with_no_note_printed_stays_untitled(lang: str) -> None:
    first = {"en": ["These", "Regulations", "may"], "fr": ["Le", "présent", "règlement"]}
    assert _clauses(REGULATIONS[lang], lang)["1"] == (None, first[lang])
