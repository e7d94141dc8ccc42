"""Patterns tried only where a listed word opens (ctdocs.extract._word_openings) give
the matches of a scan of the whole text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._actor_tokens import _keyed
from ctdocs.extract._actors import get_matcher
from ctdocs.extract._shape_regex import finditer_from
from ctdocs.extract._unlinked_cues import _cues
from ctdocs.extract._unlinked_missions import posts, seated_courts
from ctdocs.extract._word_openings import Openings, TextWords, caseless_ok

from .conftest import SEEDS, TEXTS

# (pattern, its openings) of the shape cues tried where a listed word opens
_PAIRS = ["organ_fr", "person_title", "person_bracketed"]

# words glued before a title or a head: a match inside a word hides the one after it
_GLUED = [
    "xMr Dr Jean Dupont et AGeneral President Paul Martin, sousministere de la Defense.",
    "The breathe Honourable Anne Smith; la directionService de police de Laval.",
    "le deputeMembre for Truro (Alasdair Penhaligon) et M2Mme Claire Duval.",
    "the hon. Member for Truro and Falmouth (Alasdair Penhaligon) said",
    "SSAGE, S.E.M. Idriss Deby, l'honorable Jean Chretien, xl'honorable Paul Martin.",
]


def _texts() -> list[str]:
    return [fold(p.read_text(encoding="utf-8")) for p in [*SEEDS, *TEXTS]] + _GLUED


@pytest.mark.parametrize("name", _PAIRS)
def test_matches_at_the_openings_equal_the_scan(name: str) -> None:
    cues = _cues()
    pattern: re.Pattern[str] = getattr(cues, name)
    openings: Openings = getattr(cues, name + "_at")
    found = 0
    for folded in _texts():
        words = TextWords.of(folded, *_keyed(folded))
        want = [m.span() for m in pattern.finditer(folded)]
        got = finditer_from(pattern, folded, openings.at(words))
        assert [m.span() for m in got] == want
        found += len(want)
    assert found  # the texts hold matches of every pattern


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("XMr Dupont et M. Martin", [1]),  # "Mr" at the end of "XMr"
        ("The breathe Honourable Anne Smith", [8]),  # "the" at the end of "breathe"
    ],
)
def test_a_word_ending_a_longer_word_opens_inside_it(text: str, inside: list[int]) -> None:
    openings = Openings(["Mr", "M.", "the Honourable"])
    toks, keys = _keyed(text)
    at = openings.at(TextWords.of(text, toks, keys))
    assert [a for a in at if a not in toks.starts] == inside
    assert at == sorted(at)


@pytest.mark.parametrize(
    ("text", "openings", "written"),
    [
        # the capital written inside a word ("XMr"), the opening too: it may be inside
        ("XMr Dupont et M. Martin", ("Mr",), True),
        ("XMr Smith and Mr. Jones", ("Mr",), True),
        # written, but its capital never after a word character: at a token's start only
        ("Le rapport de M. Martin", ("M.",), False),
        ("The report of Mr Smith", ("Mr",), False),
        # capitals inside words, none before the opening's second character
        ("RAPPORT DU COMITE, M. Martin", ("M.",), False),
        ("REPORT OF THE COMMITTEE, Mr Smith", ("Mr",), False),
        # ... and one before it, the capital after another inside the word ("COMM.")
        ("VOIR L'ANNEXE COMM. 4", ("M.",), True),
        ("SEE AGENDA ITEM. 4", ("M.",), True),
        # an opening in lower case is looked for as written
        ("Le rapport du Président", ("du",), True),
        ("The breathe Honourable", ("the",), True),
        # not written at all
        ("Le rapport de MM. Martin", ("Mme",), False),
        ("The report of XMr Smith", ("Ms",), False),
    ],
)
def test_an_opening_may_be_inside_a_token_where_its_capital_is(
    text: str, openings: tuple[str, ...], written: bool
) -> None:
    words = TextWords.of(text, *_keyed(text))
    assert words.inside(openings) is written
    assert words.inside(openings) is written  # asked again: the same answer, kept


@pytest.mark.parametrize("word", ["(hon.) Member", "McKinsey"])
def test_a_word_opening_on_a_sign_or_glued_at_a_capital_is_refused(word: str) -> None:
    with pytest.raises(ValueError, match="opens on letters"):
        Openings([word])


_COURTS_AND_POSTS = [
    "Vu l'arret de la COUR D'APPEL DE Paris et de la xcour d'appel de Lyon;",
    "la Cour d'appel de Rennes, le tribunal judiciaire de Nantes.",
    "the Crown Court at Leeds, the district court of Utrecht; the Embassy of Japan presents",
    "La Mission permanente du Senegal aupres de l'Office des Nations Unies; l'Ambassade de France.",
]


def test_courts_and_posts_at_their_openings_equal_the_scan() -> None:
    matcher = get_matcher()
    found = 0
    for folded in _texts() + _COURTS_AND_POSTS:
        words = TextWords.of(folded, *_keyed(folded))
        hits = matcher.find(folded)
        want = seated_courts(folded)
        assert seated_courts(folded, words) == want
        assert posts(folded, hits, matcher.entries, words) == posts(folded, hits, matcher.entries)
        found += len(want)
    assert found


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("la cour d'appel de Paris", True),
        ("la cour d'appel de Paris, İstanbul", False),  # (?i) reads "İ" as "i", casefold not
        ("the court of appeal of B\u0131ng\u00f6l", False),  # a dotless i
    ],
)
def test_a_caseless_pattern_is_looked_up_only_where_case_folding_agrees(
    text: str, ok: bool
) -> None:
    assert caseless_ok(["cour d'appel", "court of appeal"], text) is ok
    assert not caseless_ok(["cour d'appel", "tribunal fédéral"], "la cour d'appel de Paris")


@pytest.mark.parametrize(
    ("text", "wanted", "expected"),
    [
        # French and English, a key wanted at several tokens, one at none (a sign is a token)
        ("Le ministre et le Ministre de Justice; le MINISTRE.", {"ministre", "nul"}, [1, 4, 9]),
        ("The Minister and the minister of Justice; the MINISTER.", {"minister", "nil"}, [1, 4, 9]),
        ("Le ministre et la ministre", set(), []),
        ("The minister and the minister", set(), []),
    ],
)
def test_the_tokens_of_few_wanted_keys_are_found_in_order(
    text: str, wanted: set[str], expected: list[int]
) -> None:
    from ctdocs.extract._word_openings import _token_indices

    _, keys = _keyed(text)
    assert list(_token_indices(keys, wanted)) == expected


@pytest.mark.parametrize("many", [False, True])
def test_the_tokens_of_wanted_keys_are_those_a_look_up_per_token_finds(many: bool) -> None:
    """Key by key (few keys) or one look-up per token (many): the same indices as a set
    look-up of every token, on the French and English seeds."""
    from ctdocs.extract._word_openings import _FEW_KEYS, _token_indices

    checked = 0
    for folded in _texts():
        _, keys = _keyed(folded)
        distinct = sorted(set(keys))
        spread = distinct[:: max(1, len(distinct) // (3 * _FEW_KEYS if many else 3))]
        wanted = set(spread if many else spread[:_FEW_KEYS])
        assert (len(wanted) > _FEW_KEYS) == many or len(distinct) < 3 * _FEW_KEYS
        want = [k for k, key in enumerate(keys) if key in wanted]
        assert list(_token_indices(keys, wanted)) == want
        checked += len(want)
    assert checked


def test_openings_shared_by_threads_give_each_text_its_own_places(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """One :class:`Openings` serves every thread of a process (the lists are built once):
    a thread that clears the remembered keys (past ``_KEPT``) while another reads them
    must not take that text's places away."""
    import sys
    import threading

    from ctdocs.extract import _word_openings

    monkeypatch.setattr(_word_openings, "_KEPT", 40)  # clear often
    words = ["Mr", "M.", "the Honourable", "Minister", "Ministre", "Mme"]
    texts = [fold(p.read_text(encoding="utf-8"))[:6000] for p in [*SEEDS, *TEXTS]] + _GLUED
    pieces = [TextWords.of(t, *_keyed(t)) for t in texts]
    want = [Openings(words).at(w) for w in pieces]
    shared = Openings(words)
    wrong: list[int] = []

    def read(rounds: int) -> None:
        for _ in range(rounds):
            for i, w in enumerate(pieces):
                if shared.at(w) != want[i]:
                    wrong.append(i)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        threads = [threading.Thread(target=read, args=(20,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert any(want) and not wrong


# signatures and bodies named in lower case, French and English side by side; glued words
# and an office opening a line after blanks
_SIGNED = [
    "Fait a Djibouti, le 20 juillet 2026 Le President de la Republique, Ismail GUELLEH\n",
    "Done at Brussels, 20 July 2026 The President of the Council, Anne SMITH\n",
    "  Le  Ministre de l'Interieur HASSAN DAOUD ROBLEH\n",
    "  The Chair\nJ. M. ALBARES BUENO\n",
    "xLePresident du Senat, Jean DUPONT\nxTheChair, Anne SMITH\n",
    "le ministere de la defense et xministere de la justice; la direction generale",
    "the ministere de la defense nationale (ministry of defence) and a ministere-de la justice",
    "la direction generale de la police nationale; xsecretariat general de la defense",
    "the secretariat general de la defense et de la securite nationale (SGDSN)",
]


def test_signatures_at_their_starts_equal_the_scan() -> None:
    """``signature`` tried only where an article and an office open (``signature_starts``)
    gives the matches of a scan of the whole text."""
    from ctdocs.extract._unlinked_persons import signature_starts

    cues = _cues()
    found = 0
    for folded in _texts() + _SIGNED:
        words = TextWords.of(folded, *_keyed(folded))
        want = [m.span() for m in cues.signature.finditer(folded)]
        starts = signature_starts(folded, cues.signature_at.at(words))
        assert [m.span() for m in finditer_from(cues.signature, folded, starts)] == want
        found += len(want)
    assert found


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # the article's line start (blanks only before it) and the article itself
        ("  Le  Ministre, Jean DUPONT", [0, 2]),
        ("  The  Minister, John SMITH", [0, 2]),
        # mid-line: the article only; no article before the office: nothing
        ("Fait, Le Ministre", [6]),
        ("Done, The Minister; a Minister", [6]),
    ],
)
def test_a_signature_may_start_at_its_article_or_its_line(text: str, starts: list[int]) -> None:
    from ctdocs.extract._unlinked_persons import signature_starts

    offices = Openings(["Ministre", "Minister"]).at(TextWords.of(text, *_keyed(text)))
    assert signature_starts(text, offices) == starts


def test_lower_bodies_at_their_openings_equal_the_scan() -> None:
    """Bodies named in lower case, their heads looked up in the tokens: the spans of a
    scan of the whole text."""
    from ctdocs.extract._unlinked_lower import lower_bodies

    found = 0
    for folded in _texts() + _SIGNED:
        want = lower_bodies(folded, folded)
        assert lower_bodies(folded, folded, TextWords.of(folded, *_keyed(folded))) == want
        found += len(want)
    assert found


@pytest.mark.parametrize(
    ("words", "text", "at"),
    [
        # FR: the first letters in the case written, wherever they stand ("Agence" holds a c)
        (["Conseil", "comite", "Agence"], "\n\nConseil\nxAgence cA", [2, 11, 15, 18, 19]),
        # EN
        (["Board", "Court"], "the Board\n\nCOURT b", [4, 11]),
        ([], "Board", []),  # no words: nowhere
    ],
)
def test_first_letters_are_the_places_a_word_may_open_without_tokens(
    words: list[str], text: str, at: list[int]
) -> None:
    """Where a text has no tokens (a text recast in capitals), the places a listed word may
    open are those of its first letters, found by one scan."""
    assert [m.start() for m in Openings(words).first_letters.finditer(text)] == at


# Rows holding a match of each finder below, French and English side by side, some with
# the word glued inside a longer one (a match there hides the one after it)
_GATED_ROWS = [
    "KARIM HADDAD — Appelant\nla SCP Dupont, Martin et Durand; l'Agence (ci-après « Agence »)",
    "DESMOND ALLEYNE — Appellant\nSARL Smith and Jones; the Agency (hereinafter the Agency)",
    "Claire Duval (Finistère)\nJean Dupont (Dupont) et Lady Anne Martin, arrêt Naidoo JA.",
    "Alasdair Penhaligon (Truro and Falmouth) (LD)\nEhsanullah Wardak (Wardak), Devlin LCJ.",
    "ZAppelant\nxSCP Martin, M. Haddad (ci-apres « Office »), Naidoo et Visagie JJA",
    "ZAppellant\nxLord Haverbrook of Tilsworth; Naidoo and Visagie JJA, Molefe AJJA",
]


def _gated_finders() -> dict[str, tuple[Any, Any]]:
    """Each finder tried where its words stand (or its marks), and the same by a scan."""
    from ctdocs.extract import _unlinked_court as court
    from ctdocs.extract import _unlinked_defined as defined
    from ctdocs.extract import _unlinked_firms as firms
    from ctdocs.extract import _unlinked_judges as judges
    from ctdocs.extract import _unlinked_persons as persons

    cues = _cues()
    pats = judges._patterns()
    assert pats is not None
    letters, tail, plural, _ = pats
    spans = _spans
    return {
        "court": (court.court_names, court.court_names),
        "firms": (firms.firms, firms.firms),
        "judges": (
            lambda f, w: judges._single(f, letters, tail, w),
            lambda f, w: judges._single(f, letters, tail, None),
        ),
        "plural": (
            lambda f, w: spans(judges._found(plural, f, w, 1)),
            lambda f, w: spans(plural.finditer(f)),
        ),
        "defined": (
            lambda f, w: [(a, m.span()) for a, m in defined._definitions(f, w)],
            lambda f, w: [(a, m.span()) for a, m in defined._definitions(f, None)],
        ),
        "speakers": (
            lambda f, w: spans(persons.speakers(f, cues.person_speaker)),
            lambda f, w: spans(cues.person_speaker.finditer(f)),
        ),
        "short": (
            lambda f, w: spans(persons.short_named(f, cues.person_short)),
            lambda f, w: spans(cues.person_short.finditer(f)),
        ),
        "kept": (
            lambda f, w: spans(finditer_from(cues.person_kept, f, cues.person_kept_at.at(w))),
            lambda f, w: spans(cues.person_kept.finditer(f)),
        ),
    }


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


@pytest.mark.parametrize(
    "name", ["court", "firms", "judges", "plural", "defined", "speakers", "short", "kept"]
)
def test_finders_tried_at_their_words_equal_the_scan(name: str) -> None:
    """A finder whose pattern is tried only where the text's tokens hold its words (or,
    for a speaker's line and a short name, where a bracket closes the line or follows the
    same word) finds what a scan of the whole text finds, on the rows and the seeds."""
    gated, plain = _gated_finders()[name]
    found = 0
    for folded in [fold(r) for r in _GATED_ROWS] + _texts():
        words = TextWords.of(folded, *_keyed(folded))
        want = plain(folded, None) if name in ("court", "firms") else plain(folded, words)
        assert gated(folded, words) == want
        found += len(want)
    assert found  # the rows hold matches of every finder


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the keys of one text asked for by several lists: each key's tokens, in text order
        ("Le ministre et la ministre du Conseil; le Conseil et M. le ministre", ["ministre"]),
        ("The Minister and the minister of the Council; the Council and Mr the Minister", ["the"]),
        ("le ministre du Conseil, M. Dupont; le conseil", ["conseil", "le", "m"]),
        ("the Minister of the Council, Mr Smith; the council", ["council", "the", "mr"]),
    ],
)
def test_text_words_indices_are_each_keys_tokens(text: str, wanted: list[str]) -> None:
    from ctdocs.extract._word_openings import _token_indices

    folded = fold(text)
    toks, keys = _keyed(folded)
    words = TextWords.of(folded, toks, keys)
    # expected by hand: every token whose case-folded text is one of the keys
    want = [k for k, (t, _, _) in enumerate(toks) if t.casefold() in wanted]
    assert want and words.indices(set(wanted)) == want
    assert words.indices({wanted[0]}) == list(_token_indices(keys, {wanted[0]}))


@pytest.mark.parametrize(
    "words",
    [
        ["Mr", "M.", "the Honourable", "Minister", "Ministre", "Mme"],
        ["Conseil", "Comite", "Council", "Committee"],
    ],
)
def test_lists_made_apart_read_alike(words: list[str]) -> None:
    """Lists that have read the same texts share what those texts taught them (one
    version, :meth:`TextWords.unseen`); a list made later, at nothing seen, learns them
    anew: each gives the places a list fresh for each text gives."""
    texts = [fold(p.read_text(encoding="utf-8"))[:6000] for p in [*SEEDS, *TEXTS]] + _GLUED
    early, late = Openings(words), Openings(words)
    for k, t in enumerate(texts):
        pieces = TextWords.of(t, *_keyed(t))
        fresh = Openings(words).at(TextWords.of(t, *_keyed(t)))
        assert early.at(pieces) == fresh
        if k >= len(texts) // 2:  # the second list reads only the later texts
            assert late.at(pieces) == fresh
    assert early._version != 0 and late._version != early._version


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil de securite et le conseil; LE CONSEIL. M. Dupont, Mme Durand.",
        "The Security Council and the council; THE COUNCIL. Mr Smith, the Honourable Jones.",
        "l'AgenceAgency du ministereMinistry",  # glued words: the slow path cuts them
    ],
)
def test_text_words_distinct_keys_are_the_tokens_keys(text: str) -> None:
    """The distinct keys :func:`_keyed` hands on are the set of every token's key."""
    folded = fold(text)
    toks, keys = _keyed(folded)
    assert TextWords.of(folded, toks, keys).distinct == {t.casefold() for t, _, _ in toks}
