"""A number in parentheses that a line break set at a line's start inside a sentence is a
cross-reference, not a subsection (``ctdocs.structure._wrappedrefs``; guidelines §1),
French and English side by side: ``… by inserting after subsection`` / ``(3) the following
subsection -`` gives no ``5(3)``; a subsection ``(2)`` after a full stop, whose ``(1)`` the
layout left on the section's line, stays a clause.

Each text is written for the test; the expected numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

HEAD = {"fr": "LOI MODIFICATIVE DE 2031\n\n", "en": "AMENDMENT ACT 2031\n\n"}
WRAPPED = {
    "fr": (
        "4. Modification de l'article 21\n"
        "   L'article 21 de la loi principale est modifié par la suppression des mots\n"
        "   « vingt-cinq kilogrammes ».\n\n"
        "5. Modification de l'article 24\n"
        "   L'article 24 de la loi principale est modifié par l'insertion après le paragraphe\n"
        "   (3) du paragraphe suivant :\n"
        "       « (3A) La cellule de renseignement financier peut communiquer des "
        "informations. ».\n\n"
        "6. Disposition transitoire\n"
        "   Une autorisation accordée avant l'entrée en vigueur reste valable.\n"
    ),
    "en": (
        "4. Amendment of section 21\n"
        "   Section 21 of the principal Act is amended by deleting the words\n"
        '   "twenty-five kilograms".\n\n'
        "5. Amendment of section 24\n"
        "   Section 24 of the principal Act is amended by inserting after subsection\n"
        "   (3) the following subsection -\n"
        '       "(3A) The Financial Reporting Authority may disclose information.".\n\n'
        "6. Transitional provision\n"
        "   A permission granted before the commencement continues in force.\n"
    ),
}
SUBSECTION = {
    "fr": (
        "7. Centre de coordination (1) Un centre de coordination est créé.\n"
        "   (2) Le centre doit analyser les renseignements reçus.\n"
    ),
    "en": (
        "7. Coordinating Centre (1) A Coordinating Centre is established.\n"
        "   (2) The Centre must analyse the intelligence it receives.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_wrapped_reference_is_no_subsection(lang: str) -> None:
    doc = parse_text(HEAD[lang] + WRAPPED[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["4", "5", "6"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_subsection_after_a_full_stop_stays(lang: str) -> None:
    text = HEAD[lang] + WRAPPED[lang] + "\n" + SUBSECTION[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert "7(2)" in [c.number for c in doc.clauses()]
