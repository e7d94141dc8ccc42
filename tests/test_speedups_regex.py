"""Patterns rewritten to open on a character class the regex engine skips ahead to (a
look-behind moved after the first character, an alternation of classes folded into one)
find exactly what their plain forms find: the same spans and groups, on French and
English texts side by side and on the edge cases of each rewrite (text start, a word
character or an apostrophe before, a tab after a stop, a line break)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ctdocs._knowledge import fold, load_actor_shapes
from ctdocs.extract._actor_tokens import _CAMEL, _keyed
from ctdocs.extract._domain_roles import _ANY_STOP
from ctdocs.extract._shape_regex import (
    POSSESSIVE_END,
    _alt,
    _word_alt,
    finditer_from,
    member_heads,
    word_branches,
)
from ctdocs.extract._unlinked_cues import _cues
from ctdocs.extract._unlinked_heads import _words
from ctdocs.extract._unlinked_persons import _SENTENCE_END
from ctdocs.extract._unlinked_recase import _CAPS_RUN, recased

_TEXTS = Path(__file__).resolve().parent / "texts"

# the plain forms, as they were written before the rewrites
_PLAIN_CAPS_RUN = re.compile(
    r"(?<![\w'])[A-Z]['A-Z]*[A-Z](?:[ \t]{1,3}(?:[A-Z]'|)[A-Z]['A-Z]*)+(?![\w'])"
    r"|(?<![\w'])[A-Z]'[A-Z]{2,}(?:[ \t]{1,3}(?:[A-Z]'|)[A-Z]['A-Z]*)+(?![\w'])"
)
_PLAIN_ANY_STOP = re.compile(r"[.;!?] |[.;]\t|\n")
_PLAIN_SENTENCE_END = re.compile(r"(?:\n|[.!?][ \t])(?=[ \t]*[A-Z])")


def _plain_heads() -> re.Pattern[str]:
    c = load_actor_shapes().organ
    articles = _alt(c.defined_article.all(), capital=True)
    mods = _alt([m for m in c.modifiers.all() if not m.startswith("-")])
    return re.compile(
        rf"(?<![\w'])(?:{articles})(?:(?<=')|[ \t]+)([A-Z][a-z][^\W\d_]*){POSSESSIVE_END}"
        rf"(?![ \t]+(?:[A-Z]|(?:{_alt(c.joiners.all())})(?:(?<=')|[ \t])|(?:{mods})(?![\w'])))"
    )


_EDGES = {
    "fr": (
        "MINISTERE DE L'INTERIEUR, DE LA SECURITE PUBLIQUE\nL'ETAT DU CAMEROUN. La Cour "
        "a statue ; \tla Commission l'a dit.\nxla Cour, l'Assemblee generale! Le Comite"
        "\n'LA COUR DE JUSTICE'\tFin.\tSuite? Oui"
    ),
    "en": (
        "FEDERAL COURT OF AUSTRALIA\nIN THE CARIBBEAN COURT OF JUSTICE. The Court held; "
        "\tthe Board agreed.\nxthe Court, the Committee! The Tribunal\n'THE HIGH COURT'"
        "\tEnd.\tNext? Yes. The Committee's report, the Board'"
    ),
}


def _texts(lang: str) -> list[str]:
    found = sorted(_TEXTS.glob(f"{lang}_*.txt"))[:6]
    return [_EDGES[lang], *(fold(p.read_text(encoding="utf-8")) for p in found)]


def _spans(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("name", "fast", "plain"),
    [
        ("capitals runs", _CAPS_RUN, _PLAIN_CAPS_RUN),
        ("sentence stops", _ANY_STOP, _PLAIN_ANY_STOP),
        ("sentence ends", _SENTENCE_END, _PLAIN_SENTENCE_END),
        ("article and head", _words()[2], _plain_heads()),
    ],
)
def test_rewritten_pattern_finds_what_its_plain_form_finds(
    lang: str, name: str, fast: re.Pattern[str], plain: re.Pattern[str]
) -> None:
    found = 0
    for text in _texts(lang):
        expected = _spans(plain, text)
        assert _spans(fast, text) == expected, name
        found += len(expected)
    assert found > 0  # the texts do hold matches


def test_rewrites_open_on_a_class_not_a_look_behind() -> None:
    """What the speed rests on: no rewritten pattern opens on a look-behind or an
    alternation of classes, which the regex engine tries at every position."""
    for pattern in (_CAPS_RUN, _ANY_STOP, _SENTENCE_END, _words()[2]):
        assert not pattern.pattern.startswith(("(?<", "(?:\\n|", "[.;!?] |"))


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Agence canadienne AgenceCanadienne", True),  # a name glued at a capital
        ("Canadian Food Inspection AgencyAgence", True),
        ("ONU OTAN Conseil de securite", False),  # capitals only, or one capital first
        ("the Council; NATO-Russia", False),
        ("iPhone", True),
    ],
)
def test_glued_words_are_told_by_one_scan_of_the_text(text: str, glued: bool) -> None:
    """_keyed takes the glued path (a word cut at the capital) exactly where a lower-case
    letter runs into a capital inside a word, as the word-by-word test did."""
    toks, _ = _keyed(text)
    words = [t for t, _, _ in toks]
    assert (_CAMEL.search(text) is not None) == glued
    assert any(_CAMEL.search(w) for w in text.split()) == glued
    if glued:  # the glued word was cut in two
        assert len(words) > len(re.findall(r"\w+|[^\w\s]", text))


@pytest.mark.parametrize(
    ("body", "head"),
    [
        (r"(?:espace\s+aerien)\b", 6),  # FR: a literal word, then a blank
        (r"(?:airspace\s+security)\b", 8),  # EN
        (r"(?:ports?)\b", 4),  # the optional "s" is no part of the opening
        (r"(?:(non\s+)?proliferation)\b", 0),  # an optional group first
        (r"(?:(securite|surete)\s+en\s+mer)\b", 0),  # an alternation first
        (r"(?:(maritime|port)\s+security)\b", 0),
        (r"(?:adm)\b", 3),
        (r"(?:[ab]c)\b", 0),
    ],
)
def test_literal_head_counts_the_literal_characters_a_match_opens_with(
    body: str, head: int
) -> None:
    from ctdocs.extract._domain_index import LITERAL_HEAD, literal_head, window

    assert literal_head(body, 0) == head
    near = window(body, 0, ("x",))
    assert near is not None  # all of them are bounded
    assert near.head == head
    assert near.pays(long_space=False) == (head < LITERAL_HEAD)


def _grouped_organ_head() -> re.Pattern[str]:
    """The English head nouns as written before they were one flat alternation: a group
    of the head nouns then the end of a word, beside the group of the member heads."""
    c = load_actor_shapes()
    return re.compile(rf"{_word_alt(c.organ.heads.en)}(?![\w'])|{member_heads(c)}")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_flat_head_nouns_find_what_the_grouped_ones_find(lang: str) -> None:
    """``(?:X|Y)Z`` and ``XZ|YZ`` try the same things in the same order: organ_head,
    written flat so that the regex engine skips ahead to its first letters, finds the
    same spans as the two groups side by side."""
    flat, grouped = _cues().organ_head, _grouped_organ_head()
    found = 0
    for text in _texts(lang):
        expected = _spans(grouped, text)
        assert _spans(flat, text) == expected
        found += len(expected)
    assert found > 0


@pytest.mark.parametrize(
    ("words", "tail", "text", "spans"),
    [
        # FR: "Conseil" and "Comite" share a branch; "xConseil" opens inside a word
        (
            ["Conseil", "Comite", "Agence"],
            r"(?![\w'])",
            "le Conseil, xConseil, Agence",
            [(3, 10), (22, 28)],
        ),
        # EN: the tail is read after every branch ("Boards" is no head noun)
        (
            ["Board", "Court", "Agency"],
            r"(?![\w'])",
            "the Board, Boards, an Agency",
            [(4, 9), (22, 28)],
        ),
    ],
)
def test_word_branches_open_on_a_letter_and_keep_the_tail(
    words: list[str], tail: str, text: str, spans: list[tuple[int, int]]
) -> None:
    branches = word_branches(words, tail)
    assert all(b[0].isalpha() for b in branches)  # no look-behind, no group first
    assert all(b.endswith(tail) for b in branches)
    flat = re.compile("|".join(branches))
    assert [m.span() for m in flat.finditer(text)] == spans
    assert _spans(flat, text) == _spans(re.compile(_word_alt(words) + tail), text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_french_heads_in_capitals_are_tried_at_their_first_letters_only(lang: str) -> None:
    """In a text recast to its runs in capitals (line breaks elsewhere), organ_fr tried
    where one of its head nouns' first letters stands finds what a scan of the whole text
    finds."""
    cues = _cues()
    recast = [r for t in _texts(lang) if (r := recased(t, cues.link_words)) is not None]
    assert recast
    for caps in recast:
        starts = (m.start() for m in cues.organ_fr_at.first_letters.finditer(caps))
        fast = [m.span() for m in finditer_from(cues.organ_fr, caps, starts)]
        assert fast == [m.span() for m in cues.organ_fr.finditer(caps)]
