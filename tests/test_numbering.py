"""The numbering grammar on single lines (ctdocs.layout._numbering).

French and English side by side.

Each row is a line as printed and what a reader cites it as; checked by hand
against the annotation guidelines §1a.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._numbering import find_marker, load_numbering, roman_value
from ctdocs.layout._saying import says


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        # articles: the same citation word in French and English
        ("Article 5", "article", "Article 5"),
        ("Article premier", "article", "Article 1"),
        ("Article 1er – Objet", "article", "Article 1"),
        ("ARTICLE 12", "article", "Article 12"),
        ("Art. 3 – Définitions", "article", "Article 3"),
        ("Article IX", "article", "Article IX"),
        ("Article 421-2-6", "article", "Article 421-2-6"),
        # a roman article inserted after another keeps its suffix (protocols, conventions)
        ("Article IV bis", "article", "Article IV bis"),
        ("ARTICLE II ter", "article", "Article II ter"),
        # a code section inserted in place: a raised figure after the number (Baltic codes)
        ("§ 237¹. Terrorist organisation", "heading", "237¹"),
        ("§ 12². Financement du terrorisme", "heading", "12²"),
        ("(1¹) Acquisition of instructions", "item", "1¹"),
        # a French plan's slash numbering: the lettered group, its numbered points
        ("A/ Au niveau des États membres", "heading", "A"),
        ("B/ At regional level", "heading", "B"),
        ("1/ créer des unités nationales", "number", "1"),
        ("2/ harmonise training programmes", "number", "2"),
        # divisions of an act: English word, numeral as printed
        ("CHAPTER I – General provisions", "division", "Chapter I"),
        ("Chapitre II – Mesures de prévention", "division", "Chapter II"),
        ("TITRE III", "division", "Title III"),
        ("Part 2", "division", "Part 2"),
        ("PARTIE 1", "division", "Part 1"),
        # parts of strategies and action plans keep their printed word
        ("Axe 2 – Détecter et signaler", "division", "Axe 2"),
        ("Mesure 12 – Former les agents publics.", "division", "Mesure 12"),
        ("Objective 3: Protect critical infrastructure", "division", "Objective 3"),
        ("Good Practice 6. Use recognised standards.", "division", "Good Practice 6"),
        ("Bonne pratique 2 : Assurer un contrôle indépendant.", "division", "Bonne pratique 2"),
        # words whose letters turn to an accent after their opening ("r" of "Règle"): the
        # line is still read by the division pattern, not ruled out by its first letters
        ("Règle 4 – Champ d'application", "division", "Règle 4"),
        ("Rule 4 – Scope", "division", "Rule 4"),
        ("Objectif stratégique 2 : Protéger", "division", "Objectif stratégique 2"),
        ("Strategic Objective 1.1: Prevent radicalisation", "division", "Strategic Objective 1.1"),
        ("Résultat 2 : Capacités renforcées", "division", "Résultat 2"),
        ("Outcome 2: Capacity built", "division", "Outcome 2"),
        ("Proposition n° 3 : Pérenniser les mesures", "division", "Proposition 3"),
        ("RECOMMENDATION 2", "division", "Recommendation 2"),
        ("Section 1 Dispositions générales", "division", "Section 1"),
        ("Section A: Legal and Policy Framework", "division", "Section A"),
        # a Commonwealth act's divisions
        ("Division 101—Terrorism", "division", "Division 101"),
        ("Subdivision A—Definitions", "division", "Subdivision A"),
        # a footnote call glued to a lettered article number is not the number's
        ("Art. 6a5 Surveillance électronique", "article", "Article 6a"),
        ("Art. 6a Electronic monitoring", "article", "Article 6a"),
        # decimal and paragraph numbers
        ("16.2.5 Formation et exercices.", "number", "16.2.5"),
        ("4.1. Training and education", "number", "4.1"),
        ("2.3 Coopération avec l'OSCE", "number", "2.3"),
        ("18. Nous réaffirmons", "number", "18"),
        ("1) « terroriste », toute personne", "number", "1"),
        ("“1. Condemns without reservation", "number", "1"),
        ("1.", "number", "1"),
        ("0101. Purpose. This publication sets out", "number", "0101"),
        # a decimal number opening on its chapter's roman number, cited as printed
        ("II.1.2.1. La répartition des compétences", "number", "II.1.2.1"),
        ("IV.2 Findings of the review", "number", "IV.2"),
        # roman and capital section headings
        ("VII. Le chemin à suivre", "heading", "VII"),
        ("I. Introduction", "heading", "I"),
        ("A. Prévention", "heading", "A"),
        # a roman of several letters and its first subsection on one line: no initials
        ("II. A. Scope of the review", "heading", "II"),
        ("IV. B. Recommandations", "heading", "IV"),
        ("18 U.S. Code § 2339B - Providing material support", "heading", "2339B"),
        ("§ 421-2 – Actes de terrorisme", "heading", "421-2"),
        # a code's sections numbered with the section sign: the number alone is cited
        ("§ 594.201 Prohibited transactions involving blocked property.", "heading", "594.201"),
        ("§ 3a Anwendungsbereich", "heading", "3a"),
        ("§2339B. Providing material support to designated organizations", "heading", "2339B"),
        ("§ 12 Dispositions finales", "heading", "12"),
        ("Subpart B —Prohibitions", "division", "Subpart B"),
        ("B. Border security", "heading", "B"),
        # items
        ("(a) prevent the financing", "letter", "a"),
        ("b) Aux aéronefs utilisés", "letter", "b"),
        ("(iii) destroyed.", "roman", "iii"),
        ("(a.31) prescribing any component", "letter", "a.31"),
        ("a.1) d'inclure toute chose", "letter", "a.1"),
        ("[a.] Considering that terrorism", "letter", "a"),
        ("(2.1) Despite subsection (2)", "item", "2.1"),
        ("(1A) A person commits an offence", "item", "1A"),
        ("1° Le périmètre et l'altitude", "item", "1°"),
        ("§ 1er. Chaque exploitant établit un plan", "item", "1"),
        ("§ 2. Le plan de sécurité comprend au moins :", "item", "2"),
        ("§ 5 The Minister shall make regulations.", "item", "5"),
        ("I. – Le préfet de département peut délimiter une zone.", "item", "I"),
        ("I. – Renforcer la coordination", "heading", "I"),
        ("Titre I : Dispositions générales", "division", "Title I"),
        ("Title I: General provisions", "division", "Title I"),
        ("II.-Le I s'applique", "item", "II"),
        ("(a)attempts to commit", "letter", "a"),
    ],
)
def test_marker(line: str, kind: str, value: str) -> None:
    m = find_marker(line)
    assert m is not None, line
    assert (m.kind, m.value) == (kind, value)


@pytest.mark.parametrize(
    "line",
    [
        "12 juin 2020 : réunion du Conseil",  # a date at line start
        "2004 Annual report",  # a year
        "2004. The Council met",  # a year with a full stop
        "29 membres ont signé",  # a count
        "Article 5 of the Convention provides that",  # a citation, not a heading
        "l'article 3 de la Convention",  # a citation
        "A. Smith said the Council would meet.",  # a name, not section A
        "A. K. WANYAMA",  # a judge's initials over a signature line, not section A
        "A. M. DUPONT-LEBRUN",  # a minister's initials under a French act
        "V. K. SINGH",  # initials whose first letter is a roman numeral too
        "C. J. Lemaire",
        "Under 6 U.S.C. § 124n, DHS and DOJ may act",  # a citation of a code's section
        "Note 1 to § 594.201. The names of persons are published.",  # a note citing one
        "§ 594.201(a)(3) applies to components",  # a cross-reference at a line's start
        "Partenaire 2 – Portée",  # opens like a division word ("part"), is none
        "Partner 2 – Scope",
        "v.2 draft of the plan",  # a version in lower case, no chapter's roman
        # a report describing a bill's titles in sentences: no division heads here
        "Titre I : il fixe les missions de l'administration pénitentiaire ;",
        "Title I: it sets out the duties of the prison administration;",
    ],
)
def test_no_marker(line: str) -> None:
    m = find_marker(line)
    assert m is None or m.kind == "bullet", (line, m)


@pytest.mark.parametrize(
    ("line", "heading", "gap", "kind", "value"),
    [
        ("4 Cancellations under Canadian Passport Order", True, False, "heading", "4"),
        ("6 Manufacture, use, etc.", True, False, "heading", "6"),
        ("1 La présente Convention a pour objet de renforcer.", False, True, "number", "1"),
        ("a « infraction terroriste » désigne l'une", False, True, "letter", "a"),
        ("1 Expressions of support for a proscribed organisation", False, True, "heading", "1"),
    ],
)
def test_bare_numbers_need_a_heading_line_or_a_column(
    line: str, heading: bool, gap: bool, kind: str, value: str
) -> None:
    plain = find_marker(line)
    assert plain is None or plain.kind == "bullet"
    m = find_marker(line, heading=heading, gap=gap)
    assert m is not None
    assert (m.kind, m.value) == (kind, value)


@pytest.mark.parametrize(("numeral", "value"), [("i", 1), ("iv", 4), ("IX", 9), ("xl", 40)])
def test_roman_value(numeral: str, value: int) -> None:
    assert roman_value(numeral) == value


def test_roman_value_refuses_non_numerals() -> None:
    assert roman_value("iiii") is None
    assert roman_value("abc") is None


@pytest.mark.parametrize("numeral", ["\u0131", "x\u0131", "II\u0131", "\u0131v"])
def test_roman_value_refuses_the_dotless_i(numeral: str) -> None:
    # the pattern ignores case and so matches U+0131 as "i"; the value table has no U+0131
    assert roman_value(numeral) is None


@pytest.mark.parametrize(
    "text",
    [
        "LOI RELATIVE AU TERRORISME\n\n\u0131 de l'administration\n\n"
        "Article 1er\n\nLa présente loi s'applique aux infractions terroristes.\n",
        "TERRORISM ACT\n\n\u0131 of the administration\n\n"
        "1. This Act applies to terrorism offences.\n",
        "Article \u0131",
        "Section \u0131",
        "Chapitre \u0131\u0131\n\nLe texte.",
        "Part \u0131\u0131\n\nThe text.",
    ],
    ids=["fr", "en", "fr-article", "en-section", "fr-chapter", "en-part"],
)
def test_a_lone_dotless_i_is_parsed(text: str) -> None:
    # (the numbering read U+0131 as a roman numeral and asked its value: KeyError)
    assert "\u0131" in parse_text(text).text


def test_numbering_file_is_strict() -> None:
    data = load_numbering()
    assert data.article.form == "Article"
    assert {d.form for d in data.division} >= {"Part", "Title", "Chapter"}
    assert {i.family for i in data.item} >= {"number", "alpha", "degree"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a preposition opens a name, whatever article follows it: a French statute's title
        ("De la coopération internationale et de l'échange d'informations", False),
        ("Du gel administratif des avoirs", False),
        ("Of the exchange and the protection of information", False),
        # an operative verb at the head still says ("Fixe les …", "Decides that …")
        ("Fixe les modalités de l'échange d'informations", True),
        ("Decides that all States shall exchange information", True),
    ],
)
def test_a_preposition_at_the_head_names(line: str, expected: bool) -> None:
    """A division's title opening "De la …" is no operative verb followed by its object."""
    assert says(line) is expected
