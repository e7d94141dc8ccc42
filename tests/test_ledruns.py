"""Lists a numbered paragraph leads into with its colon, read off the text's own numbering
taking up again after them (structure._ledruns): ``119. … at their disposal:`` over ``1.``,
``2.``, ``3.`` and then ``120.`` gives 119(1) … 119(3); ``3. … three headings:`` over ``I.``,
``II.``, ``III.`` and then ``4.`` gives 3(I) … 3(III) (guidelines §1a: an item is appended
to the number it sits under; paragraph numbers run across sections and keep their own).
A list after which the numbering never resumes is left as it was read. Expected values are
decided by hand from the guidelines; the texts are our own, one per language and shape."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

NUMBERS = {
    "fr": (
        "Avis de la Commission nationale consultative sur le contrôle aux frontières\n\n"
        "A. Introduction\n\n"
        "41. La Commission a visité quatre postes frontières au cours de sa mission.\n\n"
        "42. La Commission recommande au Gouvernement de :\n\n"
        "1. publier les critères d'inscription sur les listes de surveillance ;\n"
        "2. garantir un recours effectif aux voyageurs retenus ;\n"
        "3. former les agents aux droits fondamentaux.\n\n"
        "B. Constats\n\n"
        "43. La Commission s'inquiète de l'opacité des fichiers.\n"
    ),
    "en": (
        "Report of the Special Rapporteur on border controls and counter-terrorism\n\n"
        "A. Introduction\n\n"
        "41. The Rapporteur visited four border posts during the mission.\n\n"
        "42. Border officials described the screening tools at their disposal:\n\n"
        "   1. biometric checks against watchlists;\n"
        "   2. manual inspection of travel documents;\n"
        "   3. interviews of travellers selected by risk profile.\n\n"
        "B. Findings\n\n"
        "43. The Rapporteur is concerned by the opacity of the watchlists.\n"
    ),
}
# by hand: 41-43 run across A and B (§1a); the list 42 leads into is 42's items
NUMBERS_WANT = [
    ("A", None),
    ("41", "A"),
    ("42", "A"),
    ("42(1)", "42"),
    ("42(2)", "42"),
    ("42(3)", "42"),
    ("B", None),
    ("43", "B"),
]

ROMANS = {
    "fr": (
        "Note au ministre sur la réunion du groupe de contact antiterroriste\n\n"
        "1. Le groupe s'est réuni le 12 mai pour examiner le projet de programme.\n\n"
        "2. Le président propose l'ordre du jour suivant pour la séance plénière :\n\n"
        "I. Ouverture par le ministre des Affaires étrangères.\n"
        "II. Rapport du groupe de travail sur la sûreté aérienne.\n"
        "III. Questions diverses.\n\n"
        "3. Le groupe se réunira de nouveau en juin.\n"
    ),
    "en": (
        "Memorandum for the Working Group on Terrorism\n\n"
        "1. The Group met on 12 May to review the draft action programme.\n\n"
        "2. The Chairman summarised the proposals received, under three headings:\n\n"
        "   I.   Aviation security and the screening of passengers\n"
        "   II.  Protection of diplomatic premises abroad\n"
        "   III. Exchange of information with friendly services\n\n"
        "3. The Group will meet again in June.\n"
    ),
}
# by hand: the romans are paragraph 2's agenda items, not the text's sections
ROMANS_WANT = [
    ("1", None),
    ("2", None),
    ("2(I)", "2"),
    ("2(II)", "2"),
    ("2(III)", "2"),
    ("3", None),
]

NO_RESUME = {
    "fr": (
        "Rapport du groupe de travail\n\n"
        "1. Le groupe a tenu trois réunions.\n\n"
        "2. Il formule les propositions suivantes :\n\n"
        "Propositions\n\n"
        "1. Renforcer les contrôles dans les gares.\n\n"
        "2. Former les agents de sûreté.\n"
    ),
    "en": (
        "Report of the working group\n\n"
        "1. The group held three meetings.\n\n"
        "2. It makes the following proposals:\n\n"
        "Proposals\n\n"
        "1. Strengthen checks at railway stations.\n\n"
        "2. Train security staff.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_restarting_number_list_between_paragraphs_is_the_lead_ins(lang: str) -> None:
    clauses = parse_text(NUMBERS[lang]).clauses()
    assert [(c.number, c.parent_number) for c in clauses] == NUMBERS_WANT


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_roman_list_between_paragraphs_is_the_lead_ins(lang: str) -> None:
    clauses = parse_text(ROMANS[lang]).clauses()
    assert [(c.number, c.parent_number) for c in clauses] == ROMANS_WANT
    assert clauses[3].text.split()[:2] == (
        ["Rapport", "du"] if lang == "fr" else ["Protection", "of"]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_after_which_the_numbering_does_not_resume_is_no_sandwich(lang: str) -> None:
    numbers = [c.number for c in parse_text(NO_RESUME[lang]).clauses()]
    assert "2(1)" not in numbers and "2(2)" not in numbers


DECIMALS = {
    "fr": (
        "Lignes directrices régionales sur les contrôles aux frontières\n\n"
        "3.3.1 Vérification des licences. Avant la mainlevée, les agents vérifient la licence "
        "de l'importateur, en particulier pour :\n\n"
        "1. le nitrate d'ammonium à plus de 16 pour cent d'azote ;\n"
        "2. le peroxyde d'hydrogène à plus de 12 pour cent.\n\n"
        "3.3.2 Ciblage. Les administrations établissent des profils de risque.\n"
    ),
    "en": (
        "Regional guideline on border controls\n\n"
        "3.3.1 Licensing check. Before release, officers confirm the importer's licence, in "
        "particular for:\n\n"
        "1. ammonium nitrate above 16 per cent nitrogen;\n"
        "2. hydrogen peroxide above 12 per cent.\n\n"
        "3.3.2 Targeting. Administrations build risk profiles.\n"
    ),
}
# by hand: 3.3.2 takes the numbering up again after 3.3.1's list, which is 3.3.1's items
DECIMALS_WANT = ["3.3.1", "3.3.1(1)", "3.3.1(2)", "3.3.2"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_between_decimal_clauses_is_the_lead_ins(lang: str) -> None:
    clauses = parse_text(DECIMALS[lang]).clauses()
    assert [c.number for c in clauses] == DECIMALS_WANT


# As many items as the paragraph's own number (three under 3.): the next line "4." both goes
# on with the items and takes the paragraphs up again; it is paragraph 4, and the list stops
# before it (guidelines §1a: 3's items are 3(1)-3(3), paragraph numbers run across A and B).
AS_MANY = {
    "fr": (
        "Avis de la Commission consultative\n\n"
        "A. Introduction\n\n"
        "2. La Commission s'est réunie trois fois.\n\n"
        "3. La Commission recommande au Gouvernement de :\n\n"
        "1. publier les critères ;\n"
        "2. garantir un recours effectif ;\n"
        "3. former les agents.\n\n"
        "4. La Commission examinera les progrès en 2028.\n\n"
        "B. Constats\n\n"
        "5. La Commission s'inquiète.\n"
    ),
    "en": (
        "Report of the Committee on Counter-Terrorism\n\n"
        "A. Introduction\n\n"
        "2. The Committee met three times in 2026.\n\n"
        "3. The Committee recommends that the Government:\n\n"
        "1. publish its watchlist criteria;\n"
        "2. provide an effective remedy;\n"
        "3. train border officials.\n\n"
        "4. The Committee will review progress in 2028.\n\n"
        "B. Findings\n\n"
        "5. The Committee is concerned.\n"
    ),
}
AS_MANY_WANT = ["A", "2", "3", "3(1)", "3(2)", "3(3)", "4", "B", "5"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_as_long_as_its_paragraphs_number_stops_before_the_next(lang: str) -> None:
    assert [c.number for c in parse_text(AS_MANY[lang]).clauses()] == AS_MANY_WANT


# A paragraph that quotes another instrument's operative part ("provides", "prévoit"): the
# paragraphs it reproduces are that instrument's, not this paragraph's items (guidelines §1:
# provisions of another instrument reproduced are content); they are never cited 14(1).
QUOTED = {
    "fr": (
        "Rapport de l'Équipe de surveillance\n\n"
        "A. Introduction\n\n"
        "14. La résolution 2396 (2017) prévoit dans son dispositif :\n\n"
        "1. Décide que les États Membres exigent des compagnies aériennes les données "
        "préalables sur les passagers ;\n"
        "2. Demande aux États Membres d'établir des listes de surveillance.\n\n"
        "15. L'Équipe constate une mise en œuvre inégale.\n"
    ),
    "en": (
        "Report of the Monitoring Team\n\n"
        "A. Introduction\n\n"
        "14. Resolution 2396 (2017) provides in its operative part:\n\n"
        "1. Decides that Member States shall require airlines to provide advance passenger "
        "information;\n"
        "2. Calls upon Member States to develop watch lists.\n\n"
        "15. The Team notes uneven implementation.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quoted_instruments_paragraphs_are_not_the_lead_ins_items(lang: str) -> None:
    numbers = [c.number for c in parse_text(QUOTED[lang]).clauses()]
    assert "14(1)" not in numbers and "14(2)" not in numbers
    assert numbers[:2] == ["A", "14"] and numbers[-1] == "15"
