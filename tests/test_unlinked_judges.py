"""A judge written by surname and judicial letters in a common-law judgment (``Devlin
LCJ``, ``Ashe J``, ``Molefe and Steyn AJJA``) is a person, the letters no part of the
name. Texts written for these tests; expected values checked by hand against the
annotation guidelines (§3: a surname alone is a named person)."""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "judges"),
    [
        (
            "en",
            "Before: Devlin LCJ, Quinlivan LJ and Ashe J\n\nThe appeal is dismissed.",
            {"Devlin", "Quinlivan", "Ashe"},
        ),
        (
            "en",
            "Coram: Mabuza DP, Naidoo and Visagie JJA and Molefe and Steyn AJJA\n\n"
            "The appeal succeeds.",
            {"Mabuza", "Naidoo", "Visagie", "Molefe", "Steyn"},
        ),
        # a French summary of a common-law judgment keeps the letters
        (
            "fr",
            "Arrêt rendu par Devlin LCJ et Ashe J ; la Cour rejette l'appel.",
            {"Devlin", "Ashe"},
        ),
    ],
)
def test_a_judges_surname_before_judicial_letters(lang: str, text: str, judges: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s in judges if s in found and found[s][1] == "person"} == judges
    assert not any(s.endswith((" J", " LJ", " JJA")) for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "Mr J. Okafor appeared for the Crown. See Schedule J.", "Schedule"),
        ("fr", "Voir l'Annexe J et la Partie J du règlement.", "Partie"),
    ],
)
def test_no_judge_in_a_title_or_a_heading_letter(lang: str, text: str, word: str) -> None:
    found = _actors_by_surface(text, lang)
    assert word not in found
    assert "Mr" not in found


@pytest.mark.parametrize(
    ("lang", "text", "judges"),
    [
        (
            "en",
            "Judgment of the Court (Théberge-Anglin, Ramcharitar and Van Delden JJ concurring).",
            {"Théberge-Anglin", "Ramcharitar", "Van Delden"},
        ),
        (
            "fr",
            "Arrêt de la Cour (Théberge-Anglin, Ramcharitar et Van Delden JJ, d'accord).",
            {"Van Delden"},
        ),
    ],
)
def test_a_judges_surname_keeps_its_accents_and_particle(
    lang: str, text: str, judges: set[str]
) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s in judges if s in found} == judges
    assert "Delden" not in found


def _persons(text: str, lang: str) -> set[str]:
    return {s for s, v in _actors_by_surface(text, lang).items() if v[1] == "person"}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a plural title, the surnames up to "et"/"and"; an office among them no name
        (
            "fr",
            "Motifs de jugement : la Cour (avec l'accord des juges Okafor, Bélanger-Roy "
            "et Ivanova) rejette l'appel.",
            {"Okafor", "Bélanger-Roy", "Ivanova"},
        ),
        (
            "en",
            "Reasons for judgment: the Court (Justices Adeyemi, Carlisle-Hunt and Ngata "
            "concurring) dismisses the appeal.",
            {"Adeyemi", "Carlisle-Hunt", "Ngata"},
        ),
        # the heading wraps; a particle opens a surname
        (
            "fr",
            "Composition\nMM. et Mmes les Juges fédéraux Grandjean, Président,\n"
            "Keller-Moix, de Montmollin et Favre.\n",
            {"Grandjean", "Keller-Moix", "de Montmollin", "Favre"},
        ),
        (
            "en",
            "The appeal was heard by Judges Orlov, Peretti and Van Damme in Strasbourg.",
            {"Orlov", "Peretti", "Van Damme"},
        ),
        # a line break with no indent after the title and before the joiner
        (
            "fr",
            "Ont siégé les juges\nOkafor, Bélanger-Roy\net Ivanova, qui ont délibéré.",
            {"Okafor", "Bélanger-Roy", "Ivanova"},
        ),
        (
            "en",
            "Before: Justices\nAdeyemi, Carlisle-Hunt\nand Ngata, sitting in Lagos.",
            {"Adeyemi", "Carlisle-Hunt", "Ngata"},
        ),
    ],
)
def test_the_surnames_after_a_plural_title(lang: str, text: str, want: set[str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "surname", "actor_id"),
    [
        # a full name elsewhere: the surname in the list is that person
        (
            "en",
            "Justice Ingrid Saetre presided. (14) Justices Saetre, Lund and Braaten: Likewise.",
            "Saetre",
            "unlinked:ingrid-saetre",
        ),
        (
            "fr",
            "La juge Marie Okafor préside. Les juges Okafor, Roy et Favre ont délibéré.",
            "Okafor",
            "unlinked:marie-okafor",
        ),
    ],
)
def test_a_listed_surname_with_a_full_name_elsewhere(
    lang: str, text: str, surname: str, actor_id: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surname][:2] == (actor_id, "person")


BENCHES = [
    # a title inside a word, glued to the list, in capitals; then a bench list proper
    (
        "Les sousjuges Okafor et Lund ; les JUGES Okafor et Lund ; les jugesOkafor et"
        " Lund ; les juges Okafor, Bélanger-Roy et Ivanova ont statué.",
        ["Okafor, Bélanger-Roy et Ivanova"],
    ),
    (
        "The subjudges Okafor and Lund; the JUDGES Okafor and Lund; the judgesOkafor and"
        " Lund; Justices Sætre, Lund and Bråten delivered the judgment.",
        ["Sætre, Lund and Bråten"],
    ),
]


@pytest.mark.parametrize(("text", "lists"), BENCHES)
def test_bench_lists_from_the_tokens_are_the_searchs(text: str, lists: list[str]) -> None:
    """The titles looked up in the tokens of the text's fold give the lists the search of
    the titles in the text gives (ctdocs.extract._unlinked_judges._bench_matches)."""
    from ctdocs._knowledge import fold
    from ctdocs.extract._actor_tokens import _keyed
    from ctdocs.extract._unlinked_judges import _bench_matches, _bench_pattern
    from ctdocs.extract._word_openings import TextWords

    pats = _bench_pattern()
    assert pats is not None
    folded = fold(text)
    words = TextWords.of(folded, *_keyed(folded))
    searched = [m.group(1) for m in _bench_matches(pats[0], text)]
    looked_up = [m.group(1) for m in _bench_matches(pats[0], text, words)]
    assert searched == looked_up == lists
