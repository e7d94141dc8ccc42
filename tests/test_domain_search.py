"""Which weak hits are one word (ctdocs.extract._domain_search.weak_words): the forms
of one trigger are one word ("survol", "survols"), where forms alone would count them
as two; the alternatives of one trigger ("threat awareness", "situational awareness")
and two triggers stay two words."""

from __future__ import annotations

import pytest

from ctdocs._knowledge import active
from ctdocs._vocab import Language
from ctdocs.extract._domain_roles import roles
from ctdocs.extract._domain_search import _hits, _one_word, weak_words
from ctdocs.extract._domain_texts import _Texts
from ctdocs.extract._domains import _full_plan


def _words(text: str, language: Language, code: str) -> tuple[list[str], dict[str, str] | None]:
    """The weak hits of ``code`` in ``text`` and, per hit's text, the word it is a form of."""
    texts = _Texts.of(text)
    pats = next(weak for c, _, _, weak in _full_plan(active(), language) if c == code)
    weak = _hits(texts, pats)
    words = weak_words(texts, pats, weak, roles().scoring.weak_stem)
    named = None if words is None else {text[s:e]: w for (s, e), w in words.items()}
    return [text[s:e] for s, e in weak], named


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Un survol, puis deux survols.", "fr", "AVIATION"),
        ("One overflight, then two overflights.", "en", "AVIATION"),
        ("Le passeport et les passeports.", "fr", "BORDER"),
        ("A passport and two passports.", "en", "BORDER"),
    ],
)
def test_two_forms_of_one_trigger_are_one_word(text: str, language: Language, code: str) -> None:
    hits, named = _words(text, language, code)
    assert len(hits) == 2 and hits[0] != hits[1]
    assert named is not None and len(set(named.values())) == 1


@pytest.mark.parametrize(
    ("text", "language", "code", "hits"),
    [
        # one hit, or one form repeated: the forms tell, nothing is searched
        ("Un survol a été signalé.", "fr", "AVIATION", 1),
        ("An aircraft and another aircraft.", "en", "AVIATION", 2),
        ("Le survol et le survol suivant.", "fr", "AVIATION", 2),
    ],
)
def test_no_search_where_the_forms_tell(
    text: str, language: Language, code: str, hits: int
) -> None:
    found, named = _words(text, language, code)
    assert len(found) == hits and named is None


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("Un survol et un aéronef.", "fr", "AVIATION"),
        ("An overflight and an aircraft.", "en", "AVIATION"),
        ("Le passeport et les documents de voyage.", "fr", "BORDER"),
        ("A passport and the travel documents.", "en", "BORDER"),
        # forms of one word by their letters, but two triggers
        ("La coopération transfrontalière et les contrôles transfrontières.", "fr", "BORDER"),
        ("Violent extremism and violent extremists.", "en", "PVE"),
        # the alternatives of one trigger
        ("La connaissance de la menace et la connaissance de la situation.", "fr", "INTEL"),
        ("Threat awareness and situational awareness.", "en", "INTEL"),
        ("Les documents de voyage et les documents d'identité.", "fr", "BORDER"),
        ("Crisis cells and a crisis centre.", "en", "CEP"),
    ],
)
def test_two_words_stay_two_words(text: str, language: Language, code: str) -> None:
    hits, named = _words(text, language, code)
    assert len(hits) == 2
    # None: the forms count as written, two
    assert named is None or len(set(named.values())) == 2


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("survol", "survols", True),
        ("douanes", "douaniers", True),
        ("gestion de crise", "gestion des crises", True),
        ("harbour", "harbor", True),
        ("crisis centre", "crisis centers", True),
        ("connaissance de la menace", "connaissance de la situation", False),
        ("threat awareness", "situational awareness", False),
        ("documents de voyage", "documents d'identite", False),
        ("crisis cells", "crisis centre", False),
        ("services essentiels", "services publics essentiels", False),
    ],
)
def test_forms_of_one_word(a: str, b: str, one: bool) -> None:
    assert _one_word(a, b, 4) is one
    assert _one_word(b, a, 4) is one
