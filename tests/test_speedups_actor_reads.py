"""The actor finders' shortcuts read from the text's tokens, or from fewer characters,
what their whole scans read: the same answers on random texts built of the cue words
(French and English side by side), the signs around them and near misses.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from ctdocs._knowledge import fold, load_actor_shapes
from ctdocs.extract import _places, _unlinked_heads, _unlinked_owned, _unlinked_persons
from ctdocs.extract._actor_tokens import _keyed
from ctdocs.extract._unlinked_cues import _cues
from ctdocs.extract._word_openings import TextWords

_WORDS = {
    "fr": [
        "la Cour",
        "La Cour",
        "le Comité",
        "l'Assemblée",
        "L'Agence",
        "les Forces",
        "la La Haye",
        "du Conseil",
        "de la Commission",
        "Groupe de surveillance",
        "Jean Dupont est chercheur",
        "Office de",
        "U.E.",
        "Secrétariat",
    ],
    "en": [
        "the Court",
        "The Committee",
        "the Secretariat",
        "the The Hague",
        "of the Council",
        "Expert Group on border security",
        "Hanna Verkerk is a Research Fellow",
        "U.S. Marshals Service",
        "Gulf of Guinea",
        "and",
        "of",
        "Court2",
    ],
}
_SIGNS = [
    " ",
    "  ",
    "\t",
    "\n",
    ", ",
    ". ",
    "'",
    "’",
    "(",
    ")",
    "-",
    ": ",
    "x",
    "ABC",
    "\u017f",
    "\u0130",
]


def _texts(lang: str, n: int) -> Iterator[str]:
    rng = random.Random(f"reads-{lang}")
    for _ in range(n):
        text = "".join(rng.choices(_WORDS[lang] + _SIGNS, k=rng.randrange(2, 30)))
        yield fold(text.upper() if rng.random() < 0.1 else text)


def _words(folded: str) -> TextWords:
    return TextWords.of(folded, *_keyed(folded))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_articles_before_head_tokens_equal_the_scan(lang: str) -> None:
    """The article pattern tried before the tokens of the wanted heads finds the matches
    of its whole scan whose word is one of them, in order."""
    pattern = _unlinked_heads._words()[2]
    heads = {"cour", "comite", "assemblee", "agence", "court", "committee", "secretariat"}
    for folded in _texts(lang, 400):
        words = _words(folded)
        if words.glued:
            continue  # the scan is kept where a word was cut at a capital
        plain = [m.span() for m in pattern.finditer(folded) if m.group(1).casefold() in heads]
        fast = [m.span() for m in _unlinked_heads._after_articles(folded, words, heads)]
        assert fast == plain, folded


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # not before a joiner ("la Cour et ..."): the name goes on
        ("Selon la Cour, l'Assemblée, puis le Comité.", ["Cour", "Assemblee", "Comite"]),
        ("The Court, the Committee met; the The Hague office.", ["Court", "Committee"]),
        ("La Cour et le Comité.", ["Comite"]),
        ("The Court and the Committee.", ["Committee"]),
    ],
)
def test_articles_before_head_tokens_find_each_head(text: str, words: list[str]) -> None:
    folded = fold(text)
    keys = {w.casefold() for w in words}
    found = _unlinked_heads._after_articles(folded, _words(folded), keys)
    assert [m.group(1) for m in found] == words


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_run_left_opening_on_its_capital_equals_the_look_behind_first(lang: str) -> None:
    """The words before an English head, searched opening on a capital, are those the
    pattern with its look-behind in front found."""
    plain = re.compile(
        r"(?<![\w'.])(?:(?:(?:[A-Z]\.){2,}|[A-Z][^\W\d_]*(?:'[^\W\d_]+)?)[ \t]+"
        r"(?:(?:and|of)[ \t]+(?=[A-Z]))?)+$"
    )
    fast = _cues().run_left
    assert "(?:and|of)" in fast.pattern  # the shipped links, as the plain pattern has them
    for folded in _texts(lang, 300):
        for end in range(len(folded) + 1):
            for start in (0, max(0, end - 12)):
                a, b = plain.search(folded, start, end), fast.search(folded, start, end)
                assert (a and a.span()) == (b and b.span()), (folded, start, end)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_held_names_read_past_the_last_stop_as_over_the_whole_stretch(lang: str) -> None:
    """The head noun found walking back from a joiner over the words past the stretch's
    last sign is the one found over all its words."""
    heads = _unlinked_owned._heads()
    word = _unlinked_owned._WORD
    for folded in _texts(lang, 400):
        for end in range(len(folded) + 1):
            stretch = folded[max(0, end - 140) : end]
            whole = list(word.finditer(stretch))[-9:]
            cut = list(word.finditer(stretch, _unlinked_owned._after_stop(stretch)))[-9:]
            assert _unlinked_owned._head_start(stretch, cut, heads) == _unlinked_owned._head_start(
                stretch, whole, heads
            )


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Jean Dupont est chercheur au CNRS.", True),
        ("Jean Dupont est parti.", False),
        ("Hanna Verkerk is a Research Fellow at ICCT.", True),
        ("Hanna Verkerk is away.", False),
    ],
)
def test_a_text_without_a_role_noun_skips_the_description(text: str, described: bool) -> None:
    folded = fold(text)
    assert _unlinked_persons._may_describe(folded, _words(folded)) is described


@pytest.mark.parametrize(
    "text",
    [
        "Marie Dupont est une PhD candidate à l'Université de Genève.",
        "Jane Doe is a PhD candidate at King's College London.",
    ],
)
def test_a_glued_role_word_keeps_the_description(text: str) -> None:
    """``PhD`` is cut into ``Ph`` ``D``: the gate lets the pattern read the text."""
    folded = fold(text)
    got = _unlinked_persons.introduced(folded, _words(folded))
    assert got == _unlinked_persons.introduced(folded) != []


@pytest.mark.parametrize(
    ("text", "extra", "head"),
    [
        ("Le rapport de la dite Commission a été lu.", "la dite", "commission"),
        ("The report of the said Commission was read.", "the said", "commission"),
    ],
)
def test_an_article_of_two_words_in_the_data_is_still_found(
    text: str, extra: str, head: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user's data file with an article of two words (``the said``): the matches before
    the heads' tokens are those of the full scan."""
    shapes = load_actor_shapes()
    art = shapes.organ.defined_article
    arts = art.model_copy(update={"fr": [*art.fr, extra], "en": [*art.en, extra]})
    organ = shapes.organ.model_copy(update={"defined_article": arts})
    patched = shapes.model_copy(update={"organ": organ})
    monkeypatch.setattr(_unlinked_heads, "load_actor_shapes", lambda: patched)
    _clear_caches()
    try:
        folded = fold(text)
        pattern = _unlinked_heads._words()[2]
        plain = [m.group(0) for m in pattern.finditer(folded) if m.group(1).casefold() == head]
        fast = _unlinked_heads._after_articles(folded, _words(folded), {head})
        assert [m.group(0) for m in fast] == plain == [f"{extra} Commission"]
    finally:
        monkeypatch.undo()
        _clear_caches()


def _clear_caches() -> None:
    """The module's own cached readings of the data (``_words`` and the like)."""
    for name, f in vars(_unlinked_heads).items():
        if name.startswith("_") and hasattr(f, "cache_clear"):
            f.cache_clear()


@pytest.mark.parametrize(
    ("text", "style", "name"),
    [
        ("Le traité signé par la 1re République de Corée.", "1re République de", "Corée"),
        ("The treaty signed by the 1st Republic of Korea.", "1st Republic of", "Korea"),
    ],
)
def test_a_style_opening_on_no_letter_is_read(
    text: str, style: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A user's data file with a state's style opening on a digit: read as any style, no
    crash of the run."""
    shapes = load_actor_shapes()
    styled = shapes.state.styled
    more = styled.model_copy(update={"fr": [*styled.fr, style], "en": [*styled.en, style]})
    state = shapes.state.model_copy(update={"styled": more})
    patched = shapes.model_copy(update={"state": state})
    monkeypatch.setattr(_places, "load_actor_shapes", lambda: patched)
    _places._styled.cache_clear()
    try:
        assert _places.styled_start(text, text.index(name)) == text.index(style)
    finally:
        monkeypatch.undo()
        _places._styled.cache_clear()
