"""The items of one definition are its text, not clauses (guidelines §1), French and English
side by side, for the shapes ``ctdocs.structure._definitions`` adds: a quoted term closed by a
colon (``« infrastructure essentielle » : …, notamment :`` over ``1°``, ``2°``), and an
amending act's section whose body runs into a quoted term's definition left open (``… the
following definitions - "explosives precursor" means …, including -`` over ``(a)``, ``(b)``).
The items of a section that defines nothing (section 3) stay its clauses.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

COLON = {
    "fr": (
        "**1.** La présente loi vise à protéger les infrastructures essentielles.\n\n"
        "**2.** Dans la présente loi, on entend par :\n\n"
        "« infrastructure essentielle » : une installation dont l'interruption porterait "
        "atteinte à la sécurité de la population, notamment :\n\n"
        "1° une centrale électrique;\n\n2° une installation de production d'eau potable;\n\n"
        "« ministre » : le ministre de la Sécurité publique.\n\n"
        "**3.** L'exploitant élabore un plan de sûreté qui comprend :\n\n"
        "1° une évaluation des menaces;\n\n2° les mesures de protection physique.\n"
    ),
    "en": (
        "**1.** The purpose of this Act is to protect critical infrastructure.\n\n"
        "**2.** In this Act:\n\n"
        "“critical infrastructure”: a facility whose disruption would seriously harm the "
        "safety of the population, including:\n\n"
        "1° a power station;\n\n2° a drinking water plant;\n\n"
        "“Minister”: the Minister of Public Security.\n\n"
        "**3.** The operator shall prepare a security plan that includes:\n\n"
        "1° a threat assessment;\n\n2° the physical protection measures.\n"
    ),
}
COLON_NUMBERS = ["1", "2", "3", "3(1°)", "3(2°)"]

AMENDING = {
    "fr": (
        "LOI MODIFICATIVE DE 2031\n\n"
        "1   Titre abrégé\n"
        "    La présente loi peut être citée comme la loi modificative de 2031.\n\n"
        "2   Interprétation\n"
        "    L'article 2 de la loi principale est modifié par l'insertion des définitions "
        "suivantes -\n"
        "    « précurseur d'explosifs » désigne une substance figurant à l'annexe 4, "
        "notamment -\n"
        "        (a) le nitrate d'ammonium;\n"
        "        (b) le peroxyde d'hydrogène;\n"
        "    « installation portuaire » a le sens que lui donne la loi sur la marine.\n\n"
        "3   Signalement\n"
        "    Le fournisseur signale sans délai -\n"
        "        (a) l'identité du client;\n"
        "        (b) la quantité de la substance.\n"
    ),
    "en": (
        "AMENDMENT ACT 2031\n\n"
        "1   Short title\n"
        "    This Act may be cited as the Amendment Act 2031.\n\n"
        "2   Interpretation\n"
        "    Section 2 of the principal Act is amended by inserting the following "
        "definitions -\n"
        '    "explosives precursor" means a substance listed in Schedule 4, including -\n'
        "        (a) ammonium nitrate;\n"
        "        (b) hydrogen peroxide;\n"
        '    "port facility" has the meaning given in the Shipping Act.\n\n'
        "3   Reporting\n"
        "    The supplier shall report without delay -\n"
        "        (a) the identity of the customer;\n"
        "        (b) the quantity of the substance.\n"
    ),
}
AMENDING_NUMBERS = ["1", "2", "3", "3(a)", "3(b)"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colon_definition_items_are_no_clauses(lang: str) -> None:
    doc = parse_text(COLON[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == COLON_NUMBERS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_amended_definition_items_are_no_clauses(lang: str) -> None:
    doc = parse_text(AMENDING[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == AMENDING_NUMBERS
