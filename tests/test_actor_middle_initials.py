"""A person written with a given name, a middle initial and a surname, right after an
office in capitals or written all in capitals. Texts written for these tests; expected
values checked by hand against the annotation guidelines (§3: named persons are actors
wherever they act or are named)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # right after a capitalised office
        (
            "fr",
            "« Il était prêt », a déclaré le Procureur fédéral Daniel K. Whitford.",
            "Daniel K. Whitford",
        ),
        ("en", '"He was ready," said U.S. Attorney Daniel K. Whitford.', "Daniel K. Whitford"),
        # a double surname keeps its second part
        (
            "fr",
            "Le sous-secrétaire chargé du Renseignement financier Margaret O. Linwood-Reyes "
            "a signé la décision.",
            "Margaret O. Linwood-Reyes",
        ),
        (
            "en",
            "said Under Secretary for Terrorism and Financial Intelligence Margaret O. "
            "Linwood-Reyes.",
            "Margaret O. Linwood-Reyes",
        ),
        # written in capitals, as a court's caption writes its judges
        ("fr", "Présents : DANIEL R. FEIGENBAUM, juge.", "DANIEL R. FEIGENBAUM"),
        ("en", "Before: DANIEL R. FEIGENBAUM, Circuit Judge.", "DANIEL R. FEIGENBAUM"),
    ],
)
def test_given_name_middle_initial_surname(lang: str, text: str, person: str) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lettered heading after a word that is no given name
        ("fr", "Annexe A. Généralités. Titre B. Champ d'application."),
        ("en", "Annex A. General Provisions. Part B. Scope."),
        # the given name that ends a double surname does not open the next name
        ("fr", "C. Bauduin  N. El Khattabi-Gérard  T. Warnier-Dubois"),
        ("en", "Judges: N. El Khattabi-Gérard  T. Warnier-Dubois"),
    ],
)
def test_no_person_without_a_given_name_first(lang: str, text: str) -> None:
    assert not any(p.startswith(("Annex", "Part", "Titre", "Gérard")) for p in _persons(text, lang))
