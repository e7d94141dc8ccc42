"""An opinion or report copied as Markdown from a static site (guidelines §1, §1a), French
and English side by side: headings carry an attribute block (``## I. Title {#i}``) that a
renderer turns into an id, not words of the title; numbered recommendations stand in quote
boxes (``> **Recommendation No. 1:** …``), the document's own units, their sentence their
text (one running on to the next line, or standing alone above a heading, is no title).

Each text is written for the test; the expected numbers, titles and texts were worked out
by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

OPINION = {
    "en": """# Opinion on drone surveillance

## Introduction {#introduction}

1. The Commission examined the use of drones by the police.

## I. A framework that keeps growing {#i}

2. Drones were first authorised in 2023.

> **Recommendation No. 1:** The Commission recommends that the Government publish
> the number of flights each year.

3. Their use has grown since then.

> **Recommendation No. 2:** The Commission recommends a limit on the length of the trial.

## List of recommendations {#list}
""",
    "fr": """# Avis sur la surveillance par drones

## Introduction {#introduction}

1. La Commission a examiné l'usage des drones par la police.

## I. Un cadre en expansion continue {#i}

2. Les drones ont été autorisés pour la première fois en 2023.

> **Recommandation n° 1 :** La Commission recommande que le Gouvernement publie
> chaque année le nombre de vols.

3. Leur usage s'est étendu depuis.

> **Recommandation n° 2 :** La Commission recommande de limiter la durée de l'essai.

## Liste des recommandations {#liste}
""",
}

EXPECTED = {
    "en": [
        ("1", None, "Introduction", "The Commission examined"),
        ("I", "A framework that keeps growing", "Introduction", ""),
        ("2", None, "Introduction", "Drones were first"),
        ("Recommendation 1", None, "Introduction", "The Commission recommends that"),
        ("3", None, "Introduction", "Their use has"),
        ("Recommendation 2", None, "Introduction", "The Commission recommends a"),
    ],
    "fr": [
        ("1", None, "Introduction", "La Commission a examiné"),
        ("I", "Un cadre en expansion continue", "Introduction", ""),
        ("2", None, "Introduction", "Les drones ont"),
        ("Recommandation 1", None, "Introduction", "La Commission recommande que"),
        ("3", None, "Introduction", "Leur usage s'est"),
        ("Recommandation 2", None, "Introduction", "La Commission recommande de"),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_opinion_with_heading_ids_and_quoted_recommendations(lang: str) -> None:
    doc = parse_text(OPINION[lang], lang, layout="markdown")  # type: ignore[arg-type]
    got = [(c.number, c.title, c.section, c.text) for c in doc.clauses()]
    assert [g[:2] for g in got] == [e[:2] for e in EXPECTED[lang]]
    assert got[0][2] == "Introduction"  # the heading's words, without its {#id}
    for (n, _, _, text), (_, _, _, start) in zip(got, EXPECTED[lang], strict=True):
        assert text.startswith(start) if start else text == "", (n, text[:40])


DECISION = {
    "fr": """Vu la procédure suivante :

Par une requête, l'association demande au Conseil d'État :

1°) d'annuler l'arrêté du 9 juin 2023 ;

2°) de mettre à la charge de l'État la somme de 5 000 euros.

Considérant ce qui suit :

1. La requête est recevable.

2. En second lieu, la mesure de gel, qui constitue une mesure de police, prise en
application de l'article L. 562-2, n'avait pas à être précédée d'une procédure.
""",
    "en": """Having regard to the following procedure:

By an application, the association asks the Council of State:

1°) to annul the order of 9 June 2023;

2°) to order the State to pay the sum of 5,000 euros.

Considering the following:

1. The application is admissible.

2. Secondly, the freezing measure, which is a police measure, adopted under
Article L. 562-2, did not have to be preceded by a procedure.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_decision_conclusions_and_a_point_broken_at_a_line_end(lang: str) -> None:
    """``1°)`` conclusions with no numbered parent are clauses ``(1°)``, ``(2°)`` (guidelines
    §1a); a point whose sentence the line end breaks after two commas is no heading: it has
    no title, its text starts with its first words."""
    doc = parse_text(DECISION[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title) for c in doc.clauses()]
    assert got == [("(1°)", None), ("(2°)", None), ("1", None), ("2", None)]
    assert doc.clauses()[3].text.startswith(("En second lieu", "Secondly"))


JUDGMENT = {
    "en": """JUDGMENT OF THE COURT

1. This request concerns the freezing of funds.

 Legal context

 European Union law

2. Article 3 of the directive lists the offences.

 National law

3. Article 141 of the Criminal Code punishes support.
""",
    "fr": """ARRÊT DE LA COUR

1. La demande porte sur le gel des fonds.

 Le cadre juridique

 Le droit de l'Union

2. L'article 3 de la directive énumère les infractions.

 Le droit national

3. L'article 141 du code pénal punit le soutien.
""",
}


@pytest.mark.parametrize(
    ("lang", "sections"),
    [
        ("en", [None, "European Union law", "National law"]),
        ("fr", [None, "Le droit de l'Union", "Le droit national"]),
    ],
)
def test_indented_sub_heading_after_a_blank_line_is_its_own(
    lang: str, sections: list[str | None]
) -> None:
    """``Legal context`` and, a blank line below, ``European Union law`` set in by the same
    indent: two headings, the sub-heading the nearer one (guidelines §1: section is the
    nearest preceding unnumbered heading), not one heading broken over two lines."""
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.section for c in doc.clauses()][1:] == sections[1:]
