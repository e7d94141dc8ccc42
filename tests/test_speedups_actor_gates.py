"""The actor stage's per-mention gates give the answers of the direct reads they skip.

Three cheap tests decide before a regex reads a window (session 40): a block that opens on
no capital nor blank wraps no name in capitals (:func:`._unlinked_recase.wrapped_breaks`);
a state with no comma (and blanks, perhaps a line break) before it closes no address
(:func:`._places.in_field`); and the list joiner between two states is read in place
(``fullmatch(text, a, b)``), not on a slice (:func:`._actors.drop_places`). Each is checked
against the direct way on French and English rows side by side, edge cases included (an
empty text, a text of one line, non-ASCII letters, U+0130 and U+0345), and on random texts.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._actors import _AND
from ctdocs.extract._places import _FIELD_TOWN, WINDOW, _comma_closes, _offices, in_field
from ctdocs.extract._unlinked_cues import _cues
from ctdocs.extract._unlinked_recase import Wrapping, _wraps, wrapped_breaks


def _wrapping() -> Wrapping:
    c = _cues()
    return Wrapping(c.link_words, c.modifiers, c.heads)


def _breaks_direct(folded: str, breaks: Sequence[int], w: Wrapping) -> list[int]:
    """The breaks kept, every line read (the code before the gate, kept as the oracle)."""
    out: list[int] = []
    for b in breaks:
        line_start = folded.rfind("\n", 0, b) + 1
        gap_start = folded.rfind("\n", 0, max(0, line_start - 1)) + 1
        above = folded[gap_start : max(gap_start, line_start - 1)].strip()
        end = folded.find("\n", b)
        below = folded[line_start : len(folded) if end < 0 else end].strip()
        if line_start == 0 or folded[line_start:b].strip() or not _wraps(above, below, w):
            out.append(b)
    return out


def _every_line_start(text: str) -> list[int]:
    return sorted({0, *(m.end() for m in re.finditer("\n", text))} - {len(text)})


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        # a name wrapped in a letterhead: the break inside it goes
        (
            "DIRECTION GENERALE DE LA POLICE\nNATIONALE\nLe directeur",
            "MINISTRY OF HOME AFFAIRS AND\nNATIONAL SECURITY\nThe minister",
        ),
        # blocks opening on lower case, digits, signs, non-ASCII capitals: kept, unread
        (
            "CONSEIL DE\n1. texte\n« Citation »\nÉTAT MAJOR\nİSTANBUL\n\u0345x",
            "COUNCIL OF\n(a) text\n- item\nÅLAND ISLANDS\nstate party",
        ),
        # blocks opening on a blank (indented lines), and a break inside a line
        ("CONSEIL ET\n   DE LA SECURITE\nfin", "EUROPEAN\n\tCOMMISSION\nend"),
        ("", "ONE LINE ONLY"),
    ],
)
def test_wrapped_breaks_match_direct_way(fr: str, en: str) -> None:
    w = _wrapping()
    for text in (fr, en):
        folded = fold(text)
        breaks = [*_every_line_start(folded), *([3] if len(folded) > 3 else [])]
        breaks = sorted(set(breaks))
        assert wrapped_breaks(folded, breaks, w) == _breaks_direct(folded, breaks, w)


def test_wrapped_breaks_join_a_wrapped_name_and_keep_others() -> None:
    # checked by hand: "NATIONALE" below "... POLICE" is a lone modifier: the break goes;
    # "Le directeur" opens on a capital but is no line in capitals: it stays
    w = _wrapping()
    text = "DIRECTION GENERALE DE LA POLICE\nNATIONALE\nLe directeur"
    assert wrapped_breaks(text, [32, 42], w) == [42]
    # a lower-case block below capitals stays a break (the gate's own case)
    assert wrapped_breaks("MINISTERE DE\nla defense", [13], w) == [13]


def test_wrapped_breaks_on_random_texts() -> None:
    rng = random.Random(40)
    words = ["CONSEIL", "ET", "DE", "NATIONALE", "COMMISSION", "OF", "the", "É", "1.", "-"]
    w = _wrapping()
    for _ in range(300):
        lines = [
            rng.choice(["", " ", "\t"]) + " ".join(rng.choices(words, k=rng.randrange(0, 4)))
            for _ in range(rng.randrange(1, 6))
        ]
        folded = fold("\n".join(lines))
        breaks = sorted({rng.randrange(0, len(folded) + 1) for _ in range(4)} - {len(folded)})
        assert wrapped_breaks(folded, breaks, w) == _breaks_direct(folded, breaks, w), folded


def _in_field_direct(text: str, start: int, floor: int) -> bool:
    m = _FIELD_TOWN.search(text, max(0, start - WINDOW, floor), start)
    return m is not None and not set(m["town"].casefold().split()) & _offices()


@pytest.mark.parametrize(
    ("fr", "en", "state"),
    [
        # an address: a field's colon, a town, a comma, the state
        ("Lieu de naissance : Mopti, Mali", "Place of Birth: Mopti, Mali", "Mali"),
        ("| Budapest, Hongrie |", "| Budapest, Hungary |", "Hungary"),
        # a line break between the comma and the state, blanks and tabs around it
        ("Adresse : Bamako,\nMali", "Address: Bosaso, \t\nSomalia", "Somalia"),
        # no comma before the state: the gate answers, no search
        ("une réunion tenue au Mali", "talks held in Mali", "Mali"),
        ("Mali", "Mali", "Mali"),
        # a comma in running text: the search decides (a list, no field)
        ("le Bénin, le Togo, Mali", "Benin, Togo, Mali", "Mali"),
        # a comma, then two line breaks: no match either way
        ("Adresse : Bamako,\n\nMali", "Address: Bosaso,\n\nSomalia", "Somalia"),
        # non-ASCII and case-folding edge cases before the comma
        ("Ville : İzmir, Turquie", "City: \u0345Ankara, Turkey", "Turkey"),
    ],
)
def test_in_field_matches_direct_way(fr: str, en: str, state: str) -> None:
    for text in (fr, en):
        folded = fold(text)
        start = folded.rfind(fold(state)) if fold(state) in folded else len(folded)
        start = max(start, 0)
        for floor in (0, max(0, start - 3)):
            assert in_field(folded, start, floor) == _in_field_direct(folded, start, floor)


def test_in_field_reads_an_address_and_skips_a_sentence() -> None:
    # checked by hand: a birthplace is an address; "held in Mali" follows no comma
    text = "Place of Birth: Mopti, Mali"
    assert in_field(text, text.index("Mali"), 0)
    text = "talks held in Mali"
    assert not in_field(text, text.index("Mali"), 0)
    assert not _comma_closes(text, 0, text.index("Mali"))


def test_comma_closes_on_random_texts() -> None:
    rng = random.Random(41)
    pieces = ["Mopti", ",", " ", "\t", "\n", ":", "|", "Paris", "1050 ", "a) ", "«"]
    for _ in range(500):
        text = "".join(rng.choices(pieces, k=rng.randrange(0, 12))) + "Mali"
        start = len(text) - 4
        for floor in (0, rng.randrange(0, start + 1)):
            assert in_field(text, start, floor) == _in_field_direct(text, start, floor), text


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("en Espagne (33) et au Royaume-Uni", "in Iraq and the Syrian Arab Republic"),
        ("le nord du Bénin, du Togo et du Ghana", "the India-Pakistan border"),
        ("la France a signé ; le Mali aussi", "France signed, and Mali too"),
        ("", "x"),
    ],
)
def test_joiner_read_in_place_matches_slice(fr: str, en: str) -> None:
    for text in (fr, en):
        n = len(text)
        for a in range(n + 1):
            for b in range(n + 1):
                in_place = _AND.fullmatch(text, a, b) is not None
                assert in_place == (_AND.fullmatch(text[a:b]) is not None), (text, a, b)
