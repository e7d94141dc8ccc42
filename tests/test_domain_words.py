"""A piece's needles found in one pass by its words (``ctdocs.extract._domain_words``), a
trigger searched alone (``_domain_search._hits``), and a piece's plan read off the
document plan's picks (``DocumentTagger._new_piece_plan``): the same answers as the
ways they replace. French and English side by side; expected needle sets read off the
hand-made key sets below.
"""

from __future__ import annotations

import pytest

from ctdocs._knowledge import active
from ctdocs._vocab import Language
from ctdocs.extract import _domain_words
from ctdocs.extract._domain_index import CheckKeys, needle_table, present_needles
from ctdocs.extract._domain_search import _finditer, _hits
from ctdocs.extract._domain_texts import _Texts
from ctdocs.extract._domain_words import RunCache, piece_needles
from ctdocs.extract._domains import DocumentTagger, _reported, score_text

KEYS: CheckKeys = {
    1: ((1, ("terror", "secur")),),
    2: ((2, ("terror",)), (-1, ("financ",))),
    3: ((3, ("secur", "surete")),),
}


@pytest.mark.parametrize(
    ("text", "spans", "want"),
    [
        ("le financement du terrorisme", [(0, 28)], {"financ", "terror"}),
        ("the financing of terrorism", [(0, 26)], {"financ", "terror"}),
        # a piece cut inside "terrorisme" after "terr", and one of two spans
        ("le financement du terrorisme", [(0, 22)], {"financ"}),
        ("the financing of terrorism", [(0, 21)], {"financ"}),
        ("la surete maritime\nle terrorisme", [(0, 18), (19, 32)], {"surete", "terror"}),
        ("maritime security\nterrorism", [(0, 17), (18, 27)], {"secur", "terror"}),
        ("aucun mot ici", [(0, 13)], set()),
        ("no word here", [(0, 12)], set()),
    ],
)
def test_a_pieces_needles_in_one_pass_are_those_of_its_words(
    text: str, spans: list[tuple[int, int]], want: set[str]
) -> None:
    table = needle_table(KEYS)
    number = {n: k for pairs in table.heads.values() for n, k in pairs}
    got = piece_needles(text, spans, RunCache(table))
    assert got == {number[n] for n in want}
    assert got == frozenset(present_needles(text, spans, table, {}))


@pytest.mark.parametrize(
    "text", ["la surete du terrorisme " * 4000, "the security of terrorism " * 4000]
)
def test_a_span_longer_than_a_stretch_is_read_by_stretches(text: str) -> None:
    """Some 100,000 characters: read by stretches cut at white space, as before."""
    table = needle_table(KEYS)
    spans = [(0, len(text))]
    assert piece_needles(text, spans, RunCache(table)) == frozenset(
        present_needles(text, spans, table, {})
    )


@pytest.mark.parametrize("text", ["surete terrorisme financement", "security terrorism financing"])
def test_the_word_cache_is_cleared_when_full(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(_domain_words, "RUN_CACHE_MAX", 2)
    runs = RunCache(needle_table(KEYS))
    found = piece_needles(text, [(0, len(text))], runs)
    assert len(found) == 3  # each of the three words holds one needle
    assert len(runs) <= 2  # the third word cleared the two before it


# one trigger's spans in a text holding several of its matches, some not on a word's start
_ALONE = [
    ("fr", "la formation, les formations et la deformation ; formation"),
    ("en", "training, trainings and retraining; training"),
]


@pytest.mark.parametrize(("language", "text"), _ALONE)
def test_a_trigger_searched_alone_gives_its_spans_in_order(language: str, text: str) -> None:
    texts = _Texts.of(text)
    pats = [p for d in _reported(active()) for p in d.strong.get(language, ())]
    for p in pats:
        spans = _hits(texts, [p])
        assert spans == sorted(set(_finditer(p, texts)), key=lambda s: (s[0], -s[1]))
    held = [p for p in pats if _hits(texts, [p])]
    assert held  # the texts hold some trigger ("formations?", "training")


# a document whose pieces bring in triggers of several domains, and one that brings none
_DOCS = {
    "fr": (
        "1. Le financement du terrorisme et le blanchiment de capitaux.\n"
        "2. La surete maritime et la protection des infrastructures critiques.\n"
        "3. Aucun mot du domaine ici.\n"
    ),
    "en": (
        "1. Terrorist financing and money laundering.\n"
        "2. Maritime security and the protection of critical infrastructure.\n"
        "3. No word of the domain here.\n"
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_piece_is_scored_as_alone(language: Language) -> None:
    text = _DOCS[language]
    tagger = DocumentTagger(text)
    pos = 0
    tagged = 0
    for line in text.splitlines():
        got = tagger.score_spans(language, [(pos, pos + len(line))])
        assert got == score_text(line, language)
        tagged += bool(got)
        pos += len(line) + 1
    assert tagged == 2


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("La SÛRETÉ maritime et le terrorisme.", 20),
        ("MARITIME Security and terrorism.", 17),
        # a capital sigma cut off from the letter after it: final in the piece alone
        ("ΟΔΥΣΣΕΥΣ et la sûreté", 4),
        ("ΟΔΥΣΣΕΥΣ and security", 4),
    ],
)
def test_a_pieces_texts_are_those_of_the_piece_alone(text: str, cut: int) -> None:
    tagger = DocumentTagger(text)
    for s, e in ((0, cut), (cut, len(text)), (0, len(text))):
        joined, texts = tagger._piece_texts([(s, e)])
        assert joined == text[s:e]
        assert texts == _Texts.of(text[s:e])
    joined, texts = tagger._piece_texts([(0, cut), (cut, len(text))])
    assert joined == text[:cut] + "\n" + text[cut:]
    assert texts == _Texts.of(joined)
