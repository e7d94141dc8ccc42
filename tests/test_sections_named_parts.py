"""A numbered markup heading above the level of the open section's heading closes that
section, whatever it holds (ctdocs.structure._reportreading._Reports._clause; guidelines §1,
heldout18, heldout19, heldout21 and heldout22 gold). Each text is written for the test, in
French and in English; the expected sections were worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def sections(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.section) for c in doc.clauses()]


# Concluding observations: an unnumbered subheading under "C." holds paragraphs 41 and 42;
# "## D." above its level closes it, whatever it held.
OBSERVATIONS = {
    "fr": (
        "# Observations finales\n\n"
        "## A. Introduction\n\n"
        "1. Le Comité a examiné le rapport périodique de l'État partie.\n\n"
        "## C. Principaux sujets de préoccupation\n\n"
        "### Rapatriement des femmes et des enfants\n\n"
        "41. Le Comité est préoccupé par la situation des enfants dans les camps.\n\n"
        "42. L'État partie devrait rapatrier tous les enfants.\n\n"
        "## D. Procédure de suivi\n\n"
        "43. Le Comité demande à l'État partie de fournir des renseignements.\n"
    ),
    "en": (
        "# Concluding observations\n\n"
        "## A. Introduction\n\n"
        "1. The Committee considered the periodic report of the State party.\n\n"
        "## C. Principal subjects of concern\n\n"
        "### Repatriation of women and children\n\n"
        "41. The Committee is concerned about the situation of children in the camps.\n\n"
        "42. The State party should repatriate all children.\n\n"
        "## D. Follow-up procedure\n\n"
        "43. The Committee requests the State party to provide information.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_larger_numbered_heading_closes_a_section_that_holds_paragraphs(lang: str) -> None:
    heading = {
        "fr": "Rapatriement des femmes et des enfants",
        "en": "Repatriation of women and children",
    }[lang]
    assert sections(OBSERVATIONS[lang], lang) == [
        ("A", None),
        ("1", None),
        ("C", None),
        ("41", heading),
        ("42", heading),
        ("D", None),
        ("43", None),
    ]
