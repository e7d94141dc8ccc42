"""The actor shapes' fast paths of session 28 give the answers of the scans they replace:
the judicial letters found from their first letter, the acronym definitions found from
brackets alone in a text writing no "hereinafter", the openings inside words kept only
where the text writes them, and the warm-up building the shapes' knowledge tables."""

from __future__ import annotations

import re

import pytest

from ctdocs._knowledge import fold, load_actor_shapes
from ctdocs.extract import _shape_regex
from ctdocs.extract._actor_tokens import _keyed
from ctdocs.extract._shape_regex import ACRONYM_DEF, acronym_defs
from ctdocs.extract._unlinked_judges import _patterns
from ctdocs.extract._word_openings import Openings, TextWords


def _blank_opened(words: list[str]) -> re.Pattern[str]:
    """The pattern the judicial letters were read with: a blank, then the letters."""
    one = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"[ \t](?:{one})(?![\w'\-])")


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        (
            "Devant Devlin LCJ, Ashe J et Naidoo et Visagie JJA; JUGEMENT du Juge",
            ["LCJ", "J", "JJA"],
        ),
        (
            "Before Devlin LCJ, Ashe J and Naidoo and Visagie JJA; JUDGMENT of Judge",
            ["LCJ", "J", "JJA"],
        ),
        ("DP Mabuza DP\tet AJ.", ["DP", "AJ"]),  # the first "DP" opens the text: no blank
        ("DP Mabuza DP\tand AJ.", ["DP", "AJ"]),
    ],
)
def test_judicial_letters_are_found_from_their_first_letter(text: str, letters: list[str]) -> None:
    c = load_actor_shapes().person
    single, _, plural, _ = _patterns() or pytest.fail("no judicial letters")
    old = _blank_opened(c.judicial + c.judicial_plural)
    assert [m.group() for m in single.finditer(text)] == letters  # checked by hand
    assert [m.start() for m in single.finditer(text)] == [m.start() + 1 for m in old.finditer(text)]
    assert bool(plural.search(text)) == bool(_blank_opened(c.judicial_plural).search(text))


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        (
            "La Cellule de renseignement (CRF), la cellule (CTIF/CFI), et X, ci-après « CNLTEV ».",
            ["CRF", "CTIF", "CNLTEV"],
        ),
        (
            'The Financial Unit (FIU), the Centre (CTIF/CFI), and X, hereinafter "NCTC".',
            ["FIU", "CTIF", "NCTC"],
        ),
        (
            "La Cellule de renseignement (CRF), la cellule (CTIF/CFI), et X, à savoir « CNLTEV ».",
            ["CRF", "CTIF"],
        ),
        ('The Financial Unit (FIU), the Centre (CTIF/CFI), and X, namely "NCTC".', ["FIU", "CTIF"]),
    ],
)
def test_acronym_definitions_are_those_of_the_whole_scan(text: str, acronyms: list[str]) -> None:
    folded = fold(text)
    got = acronym_defs(ACRONYM_DEF, folded, last=True)
    assert [next(g for g in m.groups() if g) for m in got] == acronyms  # checked by hand
    assert [m.groups() for m in got] == [m.groups() for m in ACRONYM_DEF.finditer(folded)]
    assert [m.span() for m in got] == [m.span() for m in ACRONYM_DEF.finditer(folded)]
    assert getattr(_shape_regex._defined, "found", None) is None


@pytest.mark.parametrize(
    ("text", "places", "kept"),
    [
        ("Les armes des Etats membres", [], set()),  # no "S.E." written: no word ending on s
        ("The arms of the States Parties", [], set()),
        # "S.E." written, but after no word character: the first run "s" alone is kept
        ("Les armes de S.E. Idriss Deby", [13], {"s"}),
        ("The arms of S.E. Idriss Deby", [12], {"s"}),
        # written after a word character ("XS.E."): every word ending on s is kept
        ("Les armes de XS.E. Deby", [14], {"les", "armes", "xs"}),
        ("The arms of XS.E. Deby", [13], {"arms", "xs"}),
    ],
)
def test_openings_inside_words_are_kept_where_the_text_writes_them(
    text: str, places: list[int], kept: set[str]
) -> None:
    openings = Openings(["S.E."])
    words = TextWords.of(text, *_keyed(text))
    assert openings.at(words) == places  # the "S" of "S.E.", checked by hand
    wanted = openings._wanted.intersection(words.distinct)
    groups = tuple(openings._by_openings.items())  # each opening inside a key, its keys
    assert openings._written(wanted, groups, words) == kept


def test_the_warm_up_builds_the_shapes_tables() -> None:
    from ctdocs.extract import _portfolios, _unlinked_english, _unlinked_heads
    from ctdocs.views._corpus import warm_up

    english = _unlinked_english  # its tables are kept per matcher, that is per knowledge
    builders = [english._known_names_of, english._acronyms_of, _portfolios._patterns]
    builders += [english._state_adjectives_of, _unlinked_heads._offices]
    for build in builders:
        build.cache_clear()
    warm_up()
    assert [b.cache_info().currsize for b in builders] == [1] * len(builders)
