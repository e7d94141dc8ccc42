"""Number spaces read off the sequences a document prints (structure._sectionspaces,
structure._itemshapes, structure._undotted.worded_headings): section headings whose
paragraphs start again at 1 under each are number spaces (guidelines §1a: articles and
divisions are numbered in their own space, never a bare ``1`` colliding with another
section's ``1``); a ``(1)`` opening under an open ``1.`` heading is a level below it;
a word and a number with a full stop before a heading's title (``Item 2.   Election of
the Bureau``) in a run 1, 2 … is a labelled part, as ``Item 2 – …`` is. Sections over
paragraphs that run on across them stay unnumbered headings. Expected values are decided
by hand from the guidelines; the texts are our own, one per language."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

RESTART = {
    "fr": (
        "Revue annuelle de la situation sécuritaire\n\n"
        "Section 1  Tendances générales\n\n"
        "1. Groupes implantés au Sahel\n\n"
        "(1) Le groupe a perdu son dernier bastion en mars 2019, mais ses affiliés sont restés "
        "actifs.\n\n"
        "(2) Un autre groupe a étendu son influence au Sahel pendant l'année.\n\n"
        "Section 2  Situation en Asie\n\n"
        "1. Asie du Sud-Est\n\n"
        "(1) Aux Philippines, les forces armées ont poursuivi leurs opérations.\n\n"
        "(2) En Indonésie, la police a arrêté de nombreux suspects.\n\n"
        "2. Asie du Sud\n\n"
        "Au Pakistan, les attaques contre les forces de sécurité se sont poursuivies.\n\n"
        "Section 3  Perspectives\n\n"
        "Les organisations terroristes devraient rester résilientes.\n"
    ),
    "en": (
        "Annual Review of the Security Situation\n\n"
        "Section 1  Overall trends\n\n"
        "1. Groups based in the Sahel\n\n"
        "(1) The group lost its last stronghold in March 2019, but its affiliates remained "
        "active.\n\n"
        "(2) Another group expanded its influence in the Sahel during the year.\n\n"
        "Section 2  Situation in Asia\n\n"
        "1. Southeast Asia\n\n"
        "(1) In the Philippines, the armed forces continued their operations.\n\n"
        "(2) In Indonesia, the police arrested many suspects.\n\n"
        "2. South Asia\n\n"
        "In Pakistan, attacks on the security forces continued.\n\n"
        "Section 3  Prospects\n\n"
        "Terrorist organisations are expected to remain resilient.\n"
    ),
}
# by hand (§1a): each section is a number space, its 1. a clause in it, the (1) under an
# open heading 1. a level below it; Section 3 carries its body
RESTART_WANT = [
    "Section 1",
    "Section 1(1)",
    "Section 1(1)(1)",
    "Section 1(1)(2)",
    "Section 2",
    "Section 2(1)",
    "Section 2(1)(1)",
    "Section 2(1)(2)",
    "Section 2(2)",
    "Section 3",
]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sections_whose_paragraphs_restart_are_number_spaces(lang: str) -> None:
    clauses = parse_text(RESTART[lang]).clauses()
    assert [c.number for c in clauses] == RESTART_WANT


RUN_ON = {
    "fr": (
        "Rapport du comité\n\n"
        "Section 1  Contexte\n\n"
        "1. Le comité a tenu sa première réunion le 3 mars.\n\n"
        "2. Il a entendu les représentants des ministères.\n\n"
        "Section 2  Constatations\n\n"
        "3. Le comité constate une hausse des signalements.\n\n"
        "4. Il recommande un renforcement des moyens.\n"
    ),
    "en": (
        "Report of the committee\n\n"
        "Section 1  Background\n\n"
        "1. The committee held its first meeting on 3 March.\n\n"
        "2. It heard the representatives of the ministries.\n\n"
        "Section 2  Findings\n\n"
        "3. The committee notes a rise in reports.\n\n"
        "4. It recommends stronger means.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sections_over_running_paragraphs_stay_headings(lang: str) -> None:
    # §1a: paragraph numbers that run on across sections keep their own number
    clauses = parse_text(RUN_ON[lang]).clauses()
    assert [c.number for c in clauses] == ["1", "2", "3", "4"]


DOTTED = {
    "fr": (
        "Compte rendu abrégé de la réunion plénière\n\n"
        "Volet 1.   Ouverture de la réunion\n\n"
        "1.1 La présidente ouvre la réunion et souhaite la bienvenue aux participants.\n\n"
        "1.2 Le Comité adopte l'ordre du jour tel qu'il figure en annexe.\n\n"
        "Volet 2.   Élection du Bureau\n\n"
        "2.1 Le Comité élit sa nouvelle présidente pour un mandat de deux ans.\n\n"
        "Volet 3.   Questions diverses\n\n"
        "3.1 Aucune autre question n'est soulevée.\n"
    ),
    "en": (
        "Abridged report of the plenary meeting\n\n"
        "Item 1.   Opening of the meeting\n\n"
        "1.1 The Chair opened the meeting and welcomed the participants.\n\n"
        "1.2 The Committee adopted the agenda as it appears in the appendix.\n\n"
        "Item 2.   Election of the Bureau\n\n"
        "2.1 The Committee elected its new Chair for a term of two years.\n\n"
        "Item 3.   Any other business\n\n"
        "3.1 No other business was raised.\n"
    ),
}
DOTTED_WANT = {
    "fr": [
        ("Volet 1", "Ouverture de la réunion"),
        ("1.1", None),
        ("1.2", None),
        ("Volet 2", "Élection du Bureau"),
        ("2.1", None),
        ("Volet 3", "Questions diverses"),
        ("3.1", None),
    ],
    "en": [
        ("Item 1", "Opening of the meeting"),
        ("1.1", None),
        ("1.2", None),
        ("Item 2", "Election of the Bureau"),
        ("2.1", None),
        ("Item 3", "Any other business"),
        ("3.1", None),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_word_a_number_and_a_full_stop_before_a_title_in_sequence(lang: str) -> None:
    clauses = parse_text(DOTTED[lang]).clauses()
    assert [(c.number, c.title) for c in clauses] == DOTTED_WANT[lang]


NOTE_AFTER = {
    "fr": (
        "Article 2\nDéfinitions\n\n"
        "Aux fins du présent règlement, on entend par:\n"
        "1) «autorité», une autorité désignée par un État membre;\n"
        "2) «contenu», une information fournie par un utilisateur.\n\n"
        "(1) JO C 110 du 22.3.2019, p. 67.\n"
    ),
    "en": (
        "Article 2\nDefinitions\n\n"
        "For the purposes of this Regulation, the following definitions apply:\n"
        "1) 'authority' means an authority designated by a Member State;\n"
        "2) 'content' means information provided by a user.\n\n"
        "(1) OJ C 110, 22.3.2019, p. 67.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_parenthesised_one_after_a_closed_item_opens_no_level(lang: str) -> None:
    # a note's mark under a list whose last item ended with a full stop is no item of it
    numbers = [c.number for c in parse_text(NOTE_AFTER[lang]).clauses()]
    assert "Article 2(2)(1)" not in numbers
    assert numbers[:3] == ["Article 2", "Article 2(1)", "Article 2(2)"]


ADDRESSED = {
    "fr": (
        "Décision-cadre du Défenseur\n\n"
        "1. Au vu de ce qui précède, le Défenseur recommande :\n\n"
        "Recommandation n° 1 : au ministre de l'Intérieur, de préciser par circulaire les "
        "critères des contrôles ;\n\n"
        "Recommandation n° 2 : aux préfets, de motiver chaque renouvellement d'arrêté ;\n\n"
        "2. La présente décision est adressée au président du Sénat.\n"
    ),
    "en": (
        "Framework decision of the Ombudsman\n\n"
        "1. In the light of the above, the Ombudsman recommends:\n\n"
        "Recommendation No. 1: to the Minister of the Interior, to specify in a circular the "
        "criteria of the checks;\n\n"
        "Recommendation No. 2: to the prefects, to give reasons for each renewal of an order;\n\n"
        "2. This decision is sent to the President of the Senate.\n"
    ),
}
ADDRESSED_WANT = {
    "fr": ["1", "Recommandation 1", "Recommandation 2", "2"],
    "en": ["1", "Recommendation 1", "Recommendation 2", "2"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_named_part_whose_text_is_addressed_in_lower_case(lang: str) -> None:
    # §1a: a recommendation's number is its citation, whatever case its text opens in;
    # only an act's division (Titre I : il fixe …;) is described by such a sentence
    clauses = parse_text(ADDRESSED[lang]).clauses()
    assert [c.number for c in clauses] == ADDRESSED_WANT[lang]
    # a line closed by a semicolon is an item of the list, its text, never a title
    assert [c.title for c in clauses] == [None, None, None, None]
    assert clauses[2].text.startswith(("aux préfets", "to the prefects"))
