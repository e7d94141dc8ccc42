"""Body names learned from the pooled gold (ctdocs.extract._learned,
data/models/actors_learned.toml): found where a text writes them, with their case, as
whole words, outside every other mention; one actor for the French and English names
of one body (guidelines §3).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._learned import learned_mentions
from ctdocs.extract._learnedschema import load_learned

from ._actorsurfaces import _actors_by_surface

_FUND = "unlinked:guarantee-fund-for-victims-of-terrorism-and-other-offences"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "canonical"),
    [
        # an acronym used alone, in a sentence, a list item, a table's cell
        (
            "fr",
            "Les victimes peuvent saisir le FGTI dans un délai de trois ans.",
            "FGTI",
            "Guarantee Fund for Victims of Terrorism and Other Offences",
        ),
        (
            "en",
            "- TEDAC examined the devices recovered at the scene.",
            "TEDAC",
            "Terrorist Explosive Device Analytical Center",
        ),
        (
            "en",
            "| Partner | Role |\n|---|---|\n| EAPCCO | regional training |",
            "EAPCCO",
            "Eastern Africa Police Chiefs Cooperation Organization",
        ),
        # a name without a head noun the shape finders know, in a heading
        (
            "fr",
            "## Rapport de la Commission africaine des droits de l'homme et des peuples\n\n"
            "Le texte suit.",
            "Commission africaine des droits de l'homme et des peuples",
            "African Commission on Human and Peoples' Rights",
        ),
        (
            "en",
            "Attacks were claimed by The Base in two provinces.",
            "The Base",
            "The Base",
        ),
    ],
)
def test_a_learned_name_is_an_actor(lang: str, text: str, surface: str, canonical: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    named = {m.text: a for a in doc.actors for m in a.mentions}
    assert surface in named
    assert named[surface].name == canonical


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Fonds de garantie des victimes des actes de terrorisme et d'autres infractions "
            "(FGTI) indemnise les victimes.",
        ),
        (
            "en",
            "The Fonds de garantie des victimes des actes de terrorisme et d'autres infractions "
            "paid the families; the FGTI confirmed it.",
        ),
    ],
)
def test_the_name_and_its_acronym_are_one_actor(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found["FGTI"][0] == _FUND
    assert (
        found["Fonds de garantie des victimes des actes de terrorisme et d'autres infractions"][0]
        == _FUND
    )


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # another case: an ordinary word, a name of another kind
        ("en", "The base of the tower was inspected by engineers.", "base"),
        ("en", "Hera and Zeus appear on the vase.", "Hera"),
        ("fr", "Le fgti en minuscules n'est pas un sigle.", "fgti"),
        # part of a longer word, or of a word joined by a hyphen
        ("en", "Several TEDACs were planned, and UPDF-trained units deployed.", "TEDAC"),
        ("fr", "Les unités formées UPDF-compatibles ont été déployées.", "UPDF"),
    ],
)
def test_a_learned_name_is_only_itself(lang: str, text: str, absent: str) -> None:
    found = _actors_by_surface(text, lang)
    assert not any(absent in s for s in found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the words belong to a longer mention a finder read first
        (
            "en",
            "The Directorate-General for Migration and Home Affairs (Brussels) met.",
            "Directorate-General for Migration and Home Affairs",
        ),
        ("fr", "Le Service central de lutte contre le FGTI s'est réuni.", "FGTI"),
    ],
)
def test_a_learned_name_inside_a_longer_mention_is_left(lang: str, text: str, surface: str) -> None:
    from ctdocs._knowledge import fold
    from ctdocs.extract._hits import ActorHit

    folded = fold(text)
    at = text.index(surface)
    longer = ActorHit(max(0, at - 4), at + len(surface) + 3, "x", "shape", 60.0)
    assert learned_mentions(text, folded, [longer])[0] == []
    assert [h.start for h in learned_mentions(text, folded, [])[0]] == [at]


def test_the_learned_file_names_no_person_and_no_known_name() -> None:
    from ctdocs._knowledge import fold, load_actors

    known = set()
    for e in load_actors().actor:
        for f in (e.name, e.name_fr, *e.aliases, *e.acronyms):
            if f:
                known.add(" ".join(fold(f).casefold().split()))
    names = load_learned().name
    assert names
    assert all(" ".join(fold(n.surface).casefold().split()) not in known for n in names)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The NCTV publishes the threat level. The National Coordinator for Security and "
            "Counterterrorism raised it in March.",
        ),
        (
            "fr",
            "Le NCTV publie le niveau de la menace ; le National Coordinator for Security and "
            "Counterterrorism l'a relevé en mars.",
        ),
    ],
)
def test_a_learned_name_of_a_body_the_text_names_is_that_body(lang: str, text: str) -> None:
    # the knowledge base's NCTV is named "... (Netherlands)": the learned full name, its
    # place aside, is the same body, one actor (guidelines §3)
    found = _actors_by_surface(text, lang)
    assert found["NCTV"][0] == "nctv"
    assert found["National Coordinator for Security and Counterterrorism"][0] == "nctv"
