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


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a given name no list holds: the middle initial settles it (after an office ...)
        (
            "fr",
            "Le texte a été signé par le Directeur de cabinet Tiémoko B. KONATÉ le 4 mai.",
            "Tiémoko B. KONATÉ",
        ),
        (
            "en",
            '"The port stays open," said Port Authority chairman Rangi T. Whakaari.',
            "Rangi T. Whakaari",
        ),
        # ... or on a signature's line of its own
        (
            "fr",
            "Fait à Lomé.\n\nKossivi E. AMEGAN,\nMinistre de la Sécurité\n",
            "Kossivi E. AMEGAN",
        ),
        (
            "en",
            "Passed by the Assembly.\n\nVeikune D. Fonua,\nActing Speaker.\n",
            "Veikune D. Fonua",
        ),
    ],
)
def test_unlisted_given_name_with_middle_initial(lang: str, text: str, person: str) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lettered heading whose word no list holds: its noun's ending ...
        ("fr", "Stratégie nationale\n\nPilier A. Coopération\n\nVolet B. Prévention\n"),
        ("en", "National strategy\n\nPillar A. Resilience\n\nStrand B. Prevention\n"),
        # ... or the heading's words going on after it on its line
        ("fr", "Stratégie nationale\n\nAxe C. Renseignement et partage des données\n"),
        ("en", "National strategy\n\nStrand C. Response Planning and exercises\n"),
    ],
)
def test_no_person_in_a_lettered_heading(lang: str, text: str) -> None:
    assert not _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a double given name after an abbreviated title: the listed given name before
        # the matched one opens it
        (
            "fr",
            "et la délégation philippine par Usec. Maria Carmela D. OCAMPO, sous-secrétaire.",
            "Maria Carmela D. OCAMPO",
        ),
        (
            "en",
            "and the Philippine delegation by Usec. Maria Carmela D. Ocampo, Undersecretary.",
            "Maria Carmela D. Ocampo",
        ),
    ],
)
def test_double_given_name_before_a_middle_initial(lang: str, text: str, person: str) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # French and English side by side: a name at the text's start, two blanks, a tab,
        # a given name glued after a stop or a hyphen, a heading's letter, three blanks
        "Daniel K. Whitford et Jean-Marc  T. Dubois.\nAxe B. Prévention ; X.Jean B. Roux",
        "Daniel K. Whitford and Mary\tT. Smith-Jones.\nPart A. Legal; O'Neil   B. Ross",
        "Le juge El Khattabi-Gérard T. Warnier, Maria Teresa D. Villaflor.",
        "Judge ANIL K. SHRIVASTAV and Ms Grace M. Nakibuule, Zoë Ä. Ørsted.",
        # a sign glued before the given name, the division and multiplication signs, is no letter:
        # the name opens after it ("Jean M. Dupont", "MARC T. DUBOIS")
        "Rapport Ab\u00f7Jean M. Dupont et AB\u00d7MARC T. DUBOIS.",
        "Report Ab\u00f7John M. Smith and AB\u00d7MARY T. JONES.",
    ],
)
def test_the_names_tried_before_the_initials_are_the_scans(text: str) -> None:
    """The pattern tried only where a word opens before a middle initial finds what a scan
    of the whole text finds (by hand: the rows hold matches)."""
    from ctdocs._knowledge import fold
    from ctdocs.extract._shape_regex import finditer_from
    from ctdocs.extract._unlinked_middle import _NAME, _name_starts

    folded = fold(text)
    want = [m.span() for m in _NAME.finditer(folded)]
    assert want
    assert [m.span() for m in finditer_from(_NAME, folded, _name_starts(folded))] == want
