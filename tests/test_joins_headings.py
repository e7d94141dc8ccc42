"""A numbered heading over its paragraph with no blank line between
(ctdocs.normalise._joins.heading_over_sentence): a Markdown-ish copy's soft break and a
hard-wrapped copy's full line both join lines, but a heading's short name over a line that
opens a sentence on a capitalised function word is two lines (guidelines §1a: a numbered
heading standing alone on its line is a clause whose text is its title; its body starts on
the next line). French and English side by side; the expected titles and first words were
worked out by hand from §1a, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.normalise._joins import heading_over_sentence
from ctdocs.normalise._text import normalise

PAIRS = [
    ("en", "Recommendation 3 – Make more use of protective security advisors", "The Commission"),
    ("fr", "10°) Formation et sensibilisation", "Les Gouverneurs organisent"),
    ("en", "4.1 Training and exercises", "This section sets out"),
    ("fr", "Mesure 12 : Renforcer la coopération", "La France soutient"),
    # a statute's heading citing an act: its year in brackets and the section's number are
    # no words of the name (twelve tokens, eight words)
    (
        "en",
        "2. Amendment of section 2 of the Firearms Act (2019 Revision) - definitions",
        "The Firearms Act",
    ),
    (
        "fr",
        "4. Modification de l'article 12 de la loi (n° 2018-07 du 2 mars 2018) - sanctions",
        "Le texte",
    ),
    # a statute's provision opens on the words drafting opens a rule with, not on an
    # article: "No person shall", "Every operator", "Nul ne peut", "Quiconque"
    ("en", "4. Prohibited financing of terrorist acts", "No person shall"),
    ("fr", "Article 4. Interdiction du financement du terrorisme", "Nul ne peut"),
    ("en", "7. Duty of operators to report suspicious activity", "Every operator of"),
    ("fr", "Article 7. Obligation de déclaration", "Toute personne qui"),
    ("en", "9. Possession of articles for terrorist purposes", "A person commits"),
    ("fr", "Article 9. Recel de malfaiteurs", "Quiconque aura recelé"),
    ("en", "11. Closure of premises", "Where the Minister"),
    ("fr", "Article 6. Fermeture des lieux de culte", "Lorsqu'il apparaît que"),
    # an article numbered past 9: its whole number goes before the name
    ("fr", "Article 11. Fermeture des lieux de culte", "Le ministre peut"),
    ("en", "Article 23 – Freezing of funds", "Each Member State shall"),
]


@pytest.mark.parametrize(("lang", "head", "line"), PAIRS)
def test_a_heading_over_a_sentence_stays_apart(lang: str, head: str, line: str) -> None:
    assert heading_over_sentence(head, line), lang


WRAPPED = [
    # a sentence wrapped after its number: the line above ends on a function word
    ("en", "12. Member States should cooperate closely with the", "The Hague Convention"),
    ("fr", "3. Les États membres coopèrent avec la Cour de", "La Haye"),
    # the words after the number open a sentence themselves, not a name
    ("en", "12. The Council welcomes the report", "The Council recalls"),
    ("fr", "5. Les Gouverneurs organisent des séances", "Les sessions"),
    # the next line goes on in lower case, or opens on a name
    ("en", "2.1 International obligations", "resolution 2178 requires"),
    ("fr", "2°) Conditions de stockage", "Gouverneurs et préfets"),
    # no number opens the line above
    ("en", "Make more use of protective security advisors", "The Commission"),
    # brackets or not, a sentence's words past a name's length
    (
        "en",
        "3. Operators of ports designated under the Act (2019 Revision) must report each incident",
        "The Authority",
    ),
    (
        "fr",
        "3. Les exploitants des ports désignés en application de la loi (révisée) doivent",
        "Les services",
    ),
    # an opener after a line that is a sentence, or ends on a word that goes on
    ("en", "12. Member States shall notify the Committee of", "Any person listed"),
    ("fr", "8. Nul ne peut être poursuivi pour des faits commis par", "Toute personne"),
    ("en", "5. The Minister may designate premises", "Where the premises"),
]


@pytest.mark.parametrize(("lang", "head", "line"), WRAPPED)
def test_a_wrapped_sentence_is_no_heading(lang: str, head: str, line: str) -> None:
    assert not heading_over_sentence(head, line), lang


TEXTS = {
    "en": """## Recommendations

Recommendation 1 – Target funding on the highest risks
The Commission should require member states to refer to their risk assessments.

Recommendation 2 – Make more use of protective security advisors
The Commission should promote the vulnerability assessment service among **all** member
states.
""",
    "fr": """## Prescriptions

Mesure 1 – Déclarer les stocks
Les commerçants déclarent leurs stocks de nitrate d'ammonium au Gouverneur.

Mesure 2 – Former et sensibiliser les commerçants
Les Gouverneurs organisent, avant la fin de l'année, des séances de **sensibilisation**.
""",
}
NUMBER = {"en": "Recommendation 2", "fr": "Mesure 2"}
TITLE = {
    "en": "Make more use of protective security advisors",
    "fr": "Former et sensibiliser les commerçants",
}
FIRST = {"en": ["The", "Commission", "should"], "fr": ["Les", "Gouverneurs", "organisent,"]}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_heading_is_the_clauses_title(lang: str) -> None:
    doc = parse_text(TEXTS[lang], lang)  # type: ignore[arg-type]
    clause = doc.clause(NUMBER[lang])
    assert clause is not None
    assert clause.title == TITLE[lang]
    assert clause.text.split()[:3] == FIRST[lang]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_soft_break_keeps_the_heading_on_its_line(lang: str) -> None:
    """Markdown joins lines with no blank line between; not a heading and its sentence."""
    head, line = {
        "en": ("Recommendation 2 – Make more use of advisors", "The Commission should act."),
        "fr": ("2°) Formation et sensibilisation", "Les Gouverneurs organisent des séances."),
    }[lang]
    text = normalise(f"{head}\n{line}\n", markdown=True).text
    assert text.splitlines() == [head, line]


WRAPPED_TEXTS = {
    "en": """THE TERRORISM PREVENTION ACT 2026

1. Short title
This Act may be cited as the Terrorism Prevention Act 2026, and it shall come into
force on the date that the Minister appoints by order published in the official Gazette.

2. Duty of operators of designated facilities to report suspicious activities
Every operator of a designated facility shall report to the Authority any suspicious
activity relating to the security of that facility within twenty-four hours of it being
detected, in such form and manner as the Authority may prescribe by regulation.

3. Offences
Any operator who fails to make a report required under section 2 commits an offence
and is liable on conviction to a fine not exceeding fifty thousand dollars, or to
imprisonment for a term not exceeding two years, or to both such fine and imprisonment.
""",
    "fr": """LOI RELATIVE À LA PRÉVENTION DU TERRORISME

Article 1. Objet
La présente loi fixe les règles applicables à la prévention des actes de terrorisme et à
la protection des installations désignées par le ministre chargé de l'intérieur du pays.

Article 2. Obligation de déclaration des projets d'actes de terrorisme connus
Toute personne qui a connaissance d'un projet d'acte de terrorisme est tenue d'en
informer sans délai les autorités administratives ou judiciaires compétentes de l'État.

Article 3. Sanctions
Le fait de ne pas procéder à la déclaration prévue à l'article 2 de la présente loi est
puni de deux ans d'emprisonnement et de cinquante mille euros d'amende, sans préjudice
des peines plus graves prévues par le code pénal pour la complicité d'acte terroriste.
""",
}


@pytest.mark.parametrize(
    ("lang", "number", "title", "first"),
    [
        (
            "en",
            "2",
            "Duty of operators of designated facilities to report suspicious activities",
            ["Every", "operator"],
        ),
        (
            "fr",
            "Article 2",
            "Obligation de déclaration des projets d'actes de terrorisme connus",
            ["Toute", "personne"],
        ),
    ],
)
def test_a_hard_wrapped_provisions_heading_is_its_title(
    lang: str, number: str, title: str, first: list[str]
) -> None:
    """A hard-wrapped statute: the heading fills the width, its provision opens on a
    drafting word ("Every operator", "Toute personne"); §1a makes the heading the title."""
    clause = parse_text(WRAPPED_TEXTS[lang], lang).clause(number)  # type: ignore[arg-type]
    assert clause is not None
    assert clause.title == title
    assert clause.text.split()[:2] == first
