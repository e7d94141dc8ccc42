"""Actors that are only a word of something else, and short references coordinated with a
named body: an acronym that is also a word of a heading set in capitals, a state's short
form opening a longer name, "the European Parliament and the Council". Texts written for
these tests in the styles of several publishers (gazettes, acts, regulations); expected
values checked by hand against the annotation guidelines (§3).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _surfaces(text: str, lang: str) -> dict[str, str]:
    """surface -> actor id for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.id for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "TERRORISM (PREVENTION) (AMENDMENT) ACT, 2026\n\nACT No. 14\n\n"
            "AN ACT TO AMEND THE TERRORISM (PREVENTION) ACT\n\n"
            "1. The Principal Act is amended as follows.\n",
        ),
        (
            "en",
            "[ REPUBLIC ACT NO. 12318, January 15, 2026 ]\n\n"
            "Section 1. This Act shall be known as the Transport Security Act.\n",
        ),
    ],
)
def test_an_act_in_capitals_is_no_command(lang: str, text: str) -> None:
    assert "act" not in _surfaces(text, lang).values()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "NATO COMMANDS\n\nACT\n\nThe Alliance has two strategic commands. ACT leads the "
            "transformation of the Alliance's forces; Allies act together.\n",
        ),
        ("en", "NATO AND ACT\n\nThe ACT Commander met the Allies to act on the plan.\n"),
    ],
)
def test_an_acronym_written_in_ordinary_lines_stays(lang: str, text: str) -> None:
    assert "act" in _surfaces(text, lang).values()


@pytest.mark.parametrize(
    ("lang", "text", "after"),
    [
        (
            "en",
            "Under 6 U.S.C. § 124n, DHS may act; the U.S. Secret Service and the U.S. Code "
            "apply. U.S. assistance focused on border security.",
            [" assistance"],
        ),
        ("en", "Officers of the UK Border Force met. The UK supported the plan.", [" supported"]),
    ],
)
def test_a_states_short_form_opening_a_name_is_no_mention(
    lang: str, text: str, after: list[str]
) -> None:
    """Only the short form in lower-case company is the state acting; the words after each
    state mention tell which."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    states = sorted(m.end for a in doc.actors if a.kind == "state" for m in a.mentions)
    assert [text[e : e + len(w)] for e, w in zip(states, after, strict=False)] == after
    assert len(states) == len(after)


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        (
            "en",
            "Having regard to Regulation (EU) 2019/1896 of the European Parliament and of the "
            "Council of 13 November 2019, and to United Nations Security Council resolution "
            "2178 (2014),",
            "Council",
        ),
        (
            "fr",
            "Vu le règlement (UE) 2019/1896 du Parlement européen et du Conseil du 13 novembre "
            "2019, et la résolution 2178 (2014) du Conseil de sécurité des Nations unies,",
            "Conseil",
        ),
    ],
)
def test_the_council_beside_the_parliament_is_the_eus(lang: str, text: str, short: str) -> None:
    assert _surfaces(text, lang)[short] == "council-of-the-eu"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La menace s'étend vers le nord du Bénin, du Togo et du Ghana ; le Togo a signé "
            "l'accord.",
        ),
        ("en", "The threat spreads in Benin, Togo and Ghana; Togo signed the agreement."),
    ],
)
def test_states_listed_after_a_place_are_places(lang: str, text: str) -> None:
    """Every state of the list after the place word is a place; the one that signs acts."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    mentions = sorted((m.start, m.text) for a in doc.actors for m in a.mentions)
    assert [t for _, t in mentions] == ["Togo"]
    assert mentions[0][0] > text.index(";")


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Les textes sont ceux publiés au Journal officiel de l'Union européenne. Le Conseil "
            "de l'Union européenne a adopté la position.",
            {"Conseil de l'Union européenne"},
        ),
        (
            "en",
            "The texts are those published in the Official Journal of the European Union. The "
            "Council of the European Union adopted the position.",
            {"Council of the European Union"},
        ),
    ],
)
def test_a_body_closing_a_journals_title_is_its_publisher(
    lang: str, text: str, want: set[str]
) -> None:
    assert set(_surfaces(text, lang)) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "We, the members of the Ministerial Council of the Organization for Security and "
            "Co-operation in Europe, adopt this declaration.",
            "Ministerial Council of the Organization for Security and Co-operation in Europe",
        ),
        (
            "fr",
            "Nous, membres du Conseil ministériel de l'Organisation pour la sécurité et la "
            "coopération en Europe, adoptons cette déclaration.",
            "Conseil ministériel de l'Organisation pour la sécurité et la coopération en Europe",
        ),
    ],
)
def test_a_council_of_the_osce_in_full_is_one_mention(lang: str, text: str, want: str) -> None:
    assert _surfaces(text, lang) == {want: "osce-ministerial-council"}


@pytest.mark.parametrize(
    ("text", "word", "alone"),
    [
        # alone, and inside a longer word only (a token of its own or none)
        ("Le présent Acte s'applique. Voir l'acte n° 3.", "Acte", True),
        ("This Act applies. See the Act-based rules.", "Act", True),
        ("Les actes et les Actes additionnels.", "Acte", False),
        ("The Actor and the actors.", "Act", False),
        # the acronym written, its word not: no token "Ue", "Un" (the search skipped)
        ("Le Conseil de l'UE décide.", "Ue", False),
        ("The UN Charter applies.", "Un", False),
        # an accent folded away, the word as written still read as written
        ("Le Comité décide.", "Comité", True),
        ("The Comité decides.", "Comite", False),
    ],
)
def test_a_word_alone_is_read_off_the_tokens_or_searched(text: str, word: str, alone: bool) -> None:
    """The fold's tokens skip the search of a word the fold does not hold as a token;
    where it does, the search decides as before, the same answer either way."""
    from ctdocs._knowledge import fold
    from ctdocs.extract._actor_tokens import _keyed
    from ctdocs.extract._name_parts import _TextWords

    toks, _ = _keyed(fold(text))
    assert toks.written is not None
    assert _TextWords(toks.written).has(text, word) is alone
    assert _TextWords().has(text, word) is alone


def test_folding_makes_no_character_a_word_character() -> None:
    """What the token keys' short cut rests on: a character that is no word character
    (\\W) folds to one that is none either, over every character folding changes."""
    import re

    from ctdocs._knowledge import fold

    word = re.compile(r"\w")
    for cp in range(0x80, 0x2300):
        ch = chr(cp)
        if not word.match(ch):
            assert not word.match(fold(ch)), hex(cp)
