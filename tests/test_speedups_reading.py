"""The fast paths in reading and extraction give the answers of the plain ones they replace.

Each keeps a slow, obvious twin: the actor matcher walking only openers, language counts
by distinct word, sentence bounds by bisection, month anchors, word occurrences checked
in Python, bare lines cleaned once, actor tokens in arrays, the own date's capped word
counts, the HTML tree freed without the garbage collector, lines without markup
characters, lower-casing by stretches.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from typing import Any

import pytest

from ctdocs import parse_text
from ctdocs.extract._actors import ActorMatcher, get_matcher
from ctdocs.structure._language import _WORD, _all_stops, _tables, _words, detect_language

from ._speedtexts import ALL_TEXTS
from .conftest import SEEDS, TEXTS


@pytest.mark.parametrize("k", range(len(ALL_TEXTS)), ids=[p.stem[:12] for p in [*SEEDS, *TEXTS]])
def test_actor_matcher_walking_only_openers_equals_walking_every_token(k: int) -> None:
    text = ALL_TEXTS[k]
    fast = get_matcher()
    plain = ActorMatcher(list(fast.entries.values()))
    plain.skip_misses = False
    breaks = [m.start() for m in re.finditer(r"\n", text)][::3]  # some block starts
    want = plain.find(text, breaks=breaks)
    assert fast.find(text, breaks=breaks) == want
    assert fast.find(text) == plain.find(text)
    assert want  # every text names some actor


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Conseil a adopté la résolution et les mesures de la Russie.", "fr"),
        ("The Council adopted the resolution and the measures of the Alliance.", "en"),
    ],
)
def test_language_counts_by_distinct_word_equal_word_by_word(text: str, lang: str) -> None:
    def plain(t: str) -> str:
        counts: dict[str, int] = {}
        for m in _WORD.finditer(t[:20000]):
            for language, words in _tables().items():
                if m.group().lower() in words:
                    counts[language] = counts.get(language, 0) + 1
        return max(sorted(counts), key=lambda x: counts[x]) if counts else "fr"

    assert detect_language(text) == plain(text) == lang
    for t in ALL_TEXTS:
        assert detect_language(t) == plain(t)


@pytest.mark.parametrize(
    "text",
    [
        "L'État et l’Union : « les mesures » (a) du 3e trimestre, m² et_ou d'un x2y.",
        "The Council's (a) e.g. measures—of the_Union; 2nd and i.e. the Member-States.",
    ],
)
def test_stop_word_counts_by_pieces_equal_the_words_counted(text: str) -> None:
    low = (text + " " + " ".join(ALL_TEXTS))[:20000].lower()
    stops = _all_stops()
    want = {w: n for w, n in Counter(_WORD.findall(low)).items() if w in stops}
    got = {w: n for w, n in _words(low).items() if w in stops}
    assert got == want
    assert got.get("l" if text.startswith("L") else "the", 0) >= 1


def _scan_after_full_stop(lower: str, lo: int, start: int) -> int:
    """The scan _Bounds.after_full_stop replaces."""
    a = lo
    for m in re.compile(r"[.!?](?=\s)").finditer(lower, lo, start):
        a = m.end()
    return a


@pytest.mark.parametrize("seed", range(6))
def test_sentence_bounds_by_bisection_equal_the_scans(seed: int) -> None:
    from ctdocs.extract._domain_roles import _Bounds, _sentence

    rng = random.Random(seed)
    alphabet = ["a", "b", " ", ".", ";", "!", "?", "\t", "\n", "é", ",", "\u00a0"]
    # dense and sparse stops, so that both reaches (400 and 1500 characters) matter
    weights = [200 if seed % 2 else 1] * 3 + [1] * (len(alphabet) - 3)
    lower = "".join(rng.choices(alphabet, weights, k=6000))
    bounds = _Bounds(lower)
    for _ in range(400):
        start = rng.randrange(len(lower))
        end = min(len(lower), start + rng.randrange(1, 30))
        assert bounds.sentence(start, end) == _sentence(lower, start, end)
        lo = max(0, start - rng.choice([5, 50, 1500]))
        assert bounds.after_full_stop(lo, start) == _scan_after_full_stop(lower, lo, start)


@pytest.mark.parametrize("seed", range(4))
def test_month_anchors_by_distinct_words_equal_word_by_word(seed: int) -> None:
    from ctdocs.extract._dateanchors import _month_anchors
    from ctdocs.extract._dategrammar import _WORD_RE, _grammar, _norm

    rng = random.Random(seed)
    words = [
        "mai",
        "Mai",
        "MAI",
        "maison",
        "May",
        "mayor",
        "févr",
        "février",
        "Fevrier",
        "juillet",
        "Sept",
        "sept",
        "décembre",
        "December",
        "l'",
        "x",
        "2020",
        "_",
    ]
    seps = [" ", "", "-", "\n", "'", "3", "_", ".", "é"]
    text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(3000))
    months = _grammar().months
    plain = [m.span() for m in _WORD_RE.finditer(text) if _norm(m.group()) in months]
    assert _month_anchors(text, months) == plain
    assert plain  # the text does name months


@pytest.mark.parametrize("seed", range(4))
def test_word_occurrences_checked_in_python_equal_the_lookbehind_pattern(seed: int) -> None:
    from ctdocs.extract._unlinked_refs import _occurrences

    rng = random.Random(seed)
    pieces = [
        "Toews",
        "toews",
        "Toewsx",
        "l'",
        "d'",
        "L'",
        "al'",
        "x'",
        "-",
        "'",
        " ",
        "_",
        "é",
        "\n",
    ]
    text = "".join(rng.choice(pieces) for _ in range(4000))
    for word in ("Toews", "Toewsx", "sToews"):
        pat = re.compile(rf"(?:(?<![\w'-])|(?<=\b[LlDd]')){re.escape(word)}(?![\w'-])")
        taken = bytearray(len(text))
        for k in range(0, len(text), 97):  # some characters already inside a mention
            taken[k] = 1
        expected, mine = [], []
        before = bytearray(taken)
        for m in pat.finditer(text):
            if before.find(1, m.start(), m.end()) < 0:
                expected.append(m.span())
                before[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        mine = _occurrences(text, word, taken)
        assert mine == expected
        assert taken == before


def _clean_both(line: str, base: int, markdown: bool) -> tuple[object, object]:
    from ctdocs.normalise import _text as _normalise

    fast = _normalise._clean(line, base, markdown)
    _normalise.skip_bare_lines = False
    try:
        plain = _normalise._clean(line, base, markdown)
    finally:
        _normalise.skip_bare_lines = True
    return _joined(fast), _joined(plain)


def _joined(p: Any) -> Any:
    """The cleaned line with the pieces that follow on in the input joined: they write the
    same text and the same anchors (the fast paths keep a line whole where the passes cut
    it at each odd space)."""
    pieces: list[tuple[str, int]] = []
    for seg, off in p.pieces:
        if pieces and pieces[-1][1] + len(pieces[-1][0]) == off:
            pieces[-1] = (pieces[-1][0] + seg, pieces[-1][1])
        else:
            pieces.append((seg, off))
    return dataclasses.replace(p, pieces=pieces)


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_bare_lines_clean_like_the_cleaning_passes(seed: int, markdown: bool) -> None:
    rng = random.Random(seed)
    alphabet = [
        "a",
        "B",
        "1",
        ".",
        " ",
        "  ",
        "\t",
        "\u00a0",
        "\u202f",
        "\u200b",
        "\u00ad",
        "\ufeff",
        "\u2009",
        "é",
        "\x85",
        "\x1c",
        "-",
        "Page",
        "*",
        "#",
        "|",
        "_",
        "**",
        "<b>",
        "\\",
    ]
    lines = ["", " ", "a", "a ", " a", "Page 3", "1   La présente", "- 4 -", "# Titre", "a\\"]
    lines += ["".join(rng.choices(alphabet, k=rng.randrange(0, 12))) for _ in range(3000)]
    lines += [ln for t in ALL_TEXTS for ln in t.splitlines()]
    bare = 0
    for line in lines:
        fast, plain = _clean_both(line, 17, markdown)
        assert fast == plain, repr(line)
        bare += line.strip() == line and "  " not in line
    assert bare > 1000  # the fast path was taken, not only the passes


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le Conseil\nde sécurité\n\n  décide\u00a0:\ta)\n" * 30, "fr"),
        ("The Security Council\n\ndecides that\nthe Alliance\u200b  shall\n" * 30, "en"),
    ],
)
def test_normalise_without_bare_lines_gives_the_same_text(text: str, lang: str) -> None:
    from ctdocs.normalise import _text as _normalise

    docs = []
    for skip in (True, False):
        _normalise.skip_bare_lines = skip
        try:
            docs.append(parse_text(text, lang).model_dump_json())  # type: ignore[arg-type]
        finally:
            _normalise.skip_bare_lines = True
    assert docs[0] == docs[1]


def test_actor_tokens_in_arrays_equal_the_tuples() -> None:
    from ctdocs.extract._actors import _CAMEL, _TOKEN, _tokens

    for text in [*ALL_TEXTS, "Canadian Food Inspection AgencyAgence canadienne", "aB cD"]:
        want = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        for cut in reversed([m.end() for m in _CAMEL.finditer(text)]):
            k = max(i for i, t in enumerate(want) if t[1] <= cut)
            _tok, s, e = want[k]
            if s < cut < e:
                want[k : k + 1] = [(text[s:cut], s, cut), (text[cut:e], cut, e)]
        toks = _tokens(text)
        assert list(toks) == want
        assert len(toks) == len(want)
        assert [toks[k] for k in range(len(toks))] == want
        assert toks[2:7] == want[2:7]


@pytest.mark.parametrize(
    "line",
    [
        "Bruxelles, le 5 juin 2003 " + "le Conseil a décidé le 6 juin 2003. " * 400,
        "Brussels, 5 June 2003 " + "the Council met on 6 June 2003. " * 400,
    ],
)
def test_own_date_with_capped_word_counts_on_one_long_line(line: str) -> None:
    from ctdocs.extract import _document
    from ctdocs.extract._dates import document_dates as dates

    hits = dates(line, "fr" if "le 5" in line else "en")
    want = _document.own_date(line, hits)
    plain = _document._words
    # the uncapped count: every word of the stretch
    _document._words = lambda t, lo, hi, cap: len(_document._WORD_RE.findall(t, lo, hi))  # type: ignore[assignment]
    try:
        assert _document.own_date(line, hits) == want
    finally:
        _document._words = plain
    assert want is not None and want.value == "2003-06-05"


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><h1>Résolution</h1><p>Le Conseil <b>décide</b>.</p></body></html>",
        "<html><body><h1>Resolution</h1><ul><li>The Council decides.</li></ul></body></html>",
    ],
)
def test_html_tree_is_freed_without_the_garbage_collector(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import weakref

    from ctdocs.readers import html as reader

    seen: list[weakref.ref[object]] = []
    parse = vars(reader)["parse"]

    def spy(source: str) -> object:
        root, closers = parse(source)
        stack = [root]
        while stack:  # every text node: held only by its parent, which it points at
            node = stack.pop()
            stack.extend(node.childNodes)
            if node.name is None:
                seen.append(weakref.ref(node))
        return root, closers

    gc.disable()
    monkeypatch.setattr(reader, "parse", spy)
    try:
        got = reader.html_to_text(page)
        assert seen and all(r() is None for r in seen)  # freed by reference counts
    finally:
        monkeypatch.undo()
        gc.enable()
    assert got.text == reader.html_to_text(page).text
    assert "Counc" in got.text or "Conseil" in got.text


def test_lines_without_markup_characters_are_never_markup_or_images() -> None:
    from ctdocs.normalise._text import _may_be_markup, is_image_line, is_markup_line

    lines = [ln for t in ALL_TEXTS for ln in t.splitlines()]
    lines += ["<details>", "<summary>Note</summary>", "![](x.png)", "logo.png", "Page 3", "a"]
    marked = 0
    for line in lines:
        either = is_markup_line(line) or is_image_line(line)
        assert either <= _may_be_markup(line), line  # the prefilter never hides one
        marked += either
    assert marked >= 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Décision ΟΔΟΣ\nLA MER", "décision οδος\nla mer"),  # final sigma, read in its stretch
        ("Ankara İLE\nTÜRKİYE", "ankara i̇le\ntürki̇ye"),
    ],
)
def test_lower_by_stretches_equals_str_lower(
    text: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ctdocs.extract import _domain_texts

    monkeypatch.setattr(_domain_texts, "_LOWER_STRETCH", 3)  # cut after every line break
    assert _domain_texts._lower(text) == text.lower() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İSTANBUL ΟΔΟΣ", "İstanbul οδοσ"),  # İ kept (its lower case is longer), Σ alone
        ("Conseil İLE", "conseil İle"),
    ],
)
def test_lower_same_length_maps_each_character_alone(text: str, expected: str) -> None:
    from ctdocs.extract._domain_texts import _lower_same_length

    assert _lower_same_length(text) == expected
    assert len(_lower_same_length(text)) == len(text)
