"""The fast paths give the answers of the plain ones they replace.

Each optimisation keeps a slow, obvious twin: domain tagging per clause with a
document index (DocumentTagger) against ``tag_text``; chrome lines by needles
(AnyOf) against one union regex; extraction without a spaCy Doc against the
registered spaCy components. Plus the stage-timing hook.
"""

from __future__ import annotations

import dataclasses
import random
import re
from typing import Any

import pytest

from ctdocs import parse_document, parse_text
from ctdocs._knowledge import _FOLD_TABLE, fold, fold_plain, load_layout
from ctdocs._needles import AnyOf, case_view, case_view_plain, needle_sets, needles
from ctdocs._parse import set_stage_hook
from ctdocs.extract._actors import ActorMatcher, get_matcher
from ctdocs.extract._dates import document_dates
from ctdocs.extract._domain_texts import _Texts
from ctdocs.extract._domains import (
    DocumentTagger,
    _domains,
    _is_indexed,
    _present,
    tag_text,
)
from ctdocs.structure._language import _WORD, _tables, detect_language

from .conftest import SEEDS, TEXTS

FR_EN = [(p, "fr") for p in SEEDS] + [
    (p, "en" if p.name.startswith("en_") else "fr") for p in TEXTS if p.suffix == ".txt"
]


def _reported(tags: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """``tag_text`` finds every domain of the knowledge; a document reports only the
    guidelines' codes (``reported``), which is what DocumentTagger tags."""
    shown = {d.code for d in _domains()}
    return {c: spans for c, spans in tags.items() if c in shown}


@pytest.mark.parametrize(("path", "lang"), FR_EN, ids=[p.stem[:12] for p, _ in FR_EN])
def test_document_tagger_equals_tag_text_on_random_pieces(path: object, lang: str) -> None:
    doc = parse_document(path)
    text = doc.text
    blocks = [(b.start, b.end) for b in doc.blocks()]
    tagger = DocumentTagger(text)
    rng = random.Random(path.name)  # type: ignore[attr-defined]
    tagged = 0
    for _ in range(40):
        k = rng.randrange(len(blocks))
        pieces = sorted(rng.sample(blocks[k : k + 6], min(len(blocks) - k, rng.randint(1, 3))))
        joined = "\n".join(text[s:e] for s, e in pieces)
        for language in ("fr", "en"):
            want = _reported(tag_text(joined, language))
            assert tagger.tag(joined, language, pieces) == want
            assert tagger.tag(joined, language) == want
            assert tagger.tag_spans(language, pieces) == want  # pieces folded with the document
            tagged += bool(want)
    # a whole document at once, too
    whole = _reported(tag_text(text, lang))
    assert tagger.tag(text, lang, [(0, len(text))]) == whole
    assert tagger.tag_spans(lang, [(0, len(text))]) == whole
    if doc.domains:  # the comparison saw domains, not only empty answers (004 has none)
        assert tagged and whole


def test_document_tagger_on_a_piece_with_a_trigger_cut_by_the_join() -> None:
    text = "Les armes\nchimiques et la lutte contre le terrorisme. Armes chimiques."
    tagger = DocumentTagger(text)
    pieces = [(0, 9), (10, len(text))]
    joined = "\n".join(text[s:e] for s, e in pieces)
    assert joined == text
    want = tag_text(joined, "fr")
    assert "CBRN" in want
    assert tagger.tag(joined, "fr", pieces) == want


def _union(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


CHROME_LINES = [
    "Mot de passe oublié ?",
    "MOT DE PASSE",
    "Create an account",
    "Share this page",
    "Read more »",
    "Nous utilisons des cookies pour accepter",
    "© NATO 2024",
    "Suivez-nous",
    "Lettre d'information",
    "NEWSLETTER",
    "Check your inbox",
    "Le Conseil a adopté la résolution 1373 (2001).",
    "PAS\u017fWORD",  # long s: re's IGNORECASE matches it to "s"
    "Your account \u212aey",  # Kelvin sign
    "Créer un nouveau compte",
    "n'avez pas reçu de code",
    "N'AVEZ PAS REÇU DE CODE",
]


CAPTION_LINES = [
    "Photo : le ministre à Lyon",
    "Caption: the minister in Lyon",
    "De gauche à droite : M. Dupont, Mme Martin",
    "From left to right: Mr Smith, Ms Jones",
    "Le préfet (à droite) se rend sur place lors de l'exercice.",
    "The prefect (right) pictured during the exercise.",
    "Crédit photo © Ministère",
    "Le Conseil a adopté la résolution 1373 (2001).",
]


@pytest.mark.parametrize(("field", "lines"), [("chrome", CHROME_LINES), ("caption", CAPTION_LINES)])
def test_anyof_answers_like_the_union_on_every_line(field: str, lines: list[str]) -> None:
    patterns = getattr(load_layout(), field)
    fast, slow = AnyOf(patterns, re.IGNORECASE), _union(patterns)
    lines = list(lines)
    for p in [*SEEDS, *TEXTS]:
        lines += p.read_text(encoding="utf-8").splitlines()
    hits = 0
    for line in lines:
        assert fast.search(line) == bool(slow.search(line)), line
        hits += fast.search(line)
    assert hits >= 8  # the test saw matching lines, not only misses


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        ("password", re.IGNORECASE, "PAS\u017fWORD"),
        ("key", re.IGNORECASE, "\u212aEY"),
        ("(chimiques?|nucleaires?) et (biologiques?)", 0, "nucleaire et biologique"),
        ("armes? a toxines?", 0, "arme a toxine"),
        ("x{0,2}yy", 0, "yy"),
        ("(?:ab|c)d", 0, "cd"),
    ],
)
def test_every_match_contains_a_needle(pattern: str, flags: int, text: str) -> None:
    m = re.search(pattern, text, flags)
    assert m is not None
    found = needles(pattern, flags)
    assert found is not None
    view = case_view(m.group()) if flags & re.IGNORECASE else m.group()
    assert any(n in view for n in found), (found, m.group())


def test_needles_of_the_domain_triggers_are_necessary_on_the_seeds() -> None:
    checked = 0
    texts = [p.read_text(encoding="utf-8").lower() for p in [*SEEDS, *TEXTS]]
    for dom in _domains():
        pats = [p for group in (dom.strong, dom.weak) for ps in group.values() for p in ps]
        for pat in [*pats, *dom.exclude]:
            if pat.needles is None:
                continue
            for text in texts:
                for m in pat.regex.finditer(text):
                    if m.group():
                        assert any(n in m.group() for n in pat.needles), (pat.regex.pattern, m)
                        checked += 1
    assert checked > 50


def test_no_needles_where_none_are_certain() -> None:
    assert needles(r"\d+") is None
    assert needles(r"(ab)?c?") is None
    assert needles("(?i)abc") is None  # a global flag the caller did not declare
    assert needles("ab|\\d") is None  # one branch without a literal


@pytest.mark.parametrize(("path", "lang"), FR_EN[:3] + FR_EN[-4:], ids=lambda v: str(v)[-12:])
def test_extraction_without_spacy_doc_equals_the_spacy_components(path: object, lang: str) -> None:
    from ctdocs.extract._components import get_nlp

    doc = parse_document(path)
    nlp = get_nlp(lang)
    sdoc = nlp.make_doc(doc.text)
    front_end = 200
    sdoc.user_data["ctdocs_front_end"] = front_end
    for _name, proc in nlp.pipeline:
        sdoc = proc(sdoc)
    data = sdoc.user_data["ctdocs"]
    assert data["ctdocs_actors"] == get_matcher().find(doc.text)
    assert data["ctdocs_dates"] == document_dates(doc.text, lang, front_end)
    assert data["ctdocs_actors"] and data["ctdocs_dates"]


def test_stage_hook_reports_every_stage_in_order_and_is_off_by_default() -> None:
    seen: list[tuple[str, float]] = []
    assert set_stage_hook(lambda stage, secs: seen.append((stage, secs))) is None
    try:
        parse_text("1. L'OTAN et la Russie, le 6 juin 2002, contre le terrorisme.", "fr")
    finally:
        previous = set_stage_hook(None)
    assert previous is not None
    assert [s for s, _ in seen] == [
        "ingest",
        "normalise",
        "layout",
        "structure",
        "actors",
        "dates",
        "domains",
        "assemble",
    ]
    assert all(secs >= 0 for _, secs in seen)
    seen.clear()
    parse_text("1. The NATO-Russia Council met on 6 June 2002.", "en")
    assert seen == []  # off: no calls


ALL_TEXTS = [p.read_text(encoding="utf-8") for p in [*SEEDS, *TEXTS]]


def test_fold_by_replacements_equals_translate() -> None:
    fold("")  # builds the table
    every = "".join(chr(cp) for cp in sorted(_FOLD_TABLE))
    samples = [*ALL_TEXTS, every, every[::-1] + "abc-def", "Etats-Unis", "plain ascii - text", ""]
    changed = 0
    for text in samples:
        assert fold(text) == fold_plain(text)
        changed += fold(text) != text
    assert changed >= len(ALL_TEXTS)  # every text had something to fold (accents, hyphens)


def test_case_view_of_ascii_by_lower_equals_the_table() -> None:
    ascii_all = "".join(map(chr, range(128)))
    assert case_view(ascii_all) == case_view_plain(ascii_all) != ascii_all
    for line in "\n".join(ALL_TEXTS).splitlines():
        assert case_view(line) == case_view_plain(line), line


def test_case_view_by_lower_equals_the_table_on_every_character() -> None:
    """The non-ASCII fast path (``lower()`` where no odd character occurs) on each
    character of the Basic Multilingual Plane alone and within French text."""
    for cp in range(0x10000):
        ch = chr(cp)
        assert case_view(ch) == case_view_plain(ch), hex(cp)
        text = f"Élysée {ch} Défense"
        assert case_view(text) == case_view_plain(text), hex(cp)


def _plain_index(lower: str) -> list[tuple[int, int, int]]:
    """Every occurrence of every indexed needle, by str.find from every position."""
    occ = []
    for dom in _domains():
        pats = [*dom.exclude, *(p for g in (dom.strong, dom.weak) for ps in g.values() for p in ps)]
        for pat in pats:
            if _is_indexed(pat):
                for n in pat.portable or ():
                    k = lower.find(n)
                    while k >= 0:
                        occ.append((k, k + len(n), id(pat)))
                        k = lower.find(n, k + 1)
    return sorted(occ)


@pytest.mark.parametrize("k", range(len(ALL_TEXTS)), ids=[p.stem[:12] for p in [*SEEDS, *TEXTS]])
def test_needles_present_by_words_equal_find_everywhere(k: int) -> None:
    """The whole text and random pieces of it, cut anywhere (mid-word too)."""
    lower = _Texts.of(ALL_TEXTS[k]).lower
    want = _plain_index(lower)
    rng = random.Random(k)
    pieces = [[(0, len(lower))]]
    for _ in range(20):
        starts = sorted(rng.sample(range(len(lower)), 3))
        pieces.append([(s, min(len(lower), s + rng.randrange(300))) for s in starts])
    for spans in pieces:
        expect = {p for a, b, p in want if any(s <= a and b <= e for s, e in spans)}
        assert {p for p in _present(lower, spans) if p > 0} == expect
        assert {p for p in _present(lower, spans) if p > 0} == expect  # from the cache
    assert len(want) > 20  # the comparison saw needles


def test_every_needle_set_of_the_triggers_is_necessary_on_the_texts() -> None:
    lowered = [fold(t).lower() for t in ALL_TEXTS]
    folded = [fold(t) for t in ALL_TEXTS]
    checked = cased = 0
    for dom in _domains():
        pats = [p for group in (dom.strong, dom.weak) for ps in group.values() for p in ps]
        for pat in [*pats, *dom.exclude]:
            for text in folded if pat.cased else lowered:
                for m in pat.regex.finditer(text):
                    if m.group():
                        for found in pat.checks:
                            assert any(n in m.group() for n in found), (pat.regex.pattern, found)
                            checked += 1
                            cased += pat.cased
    assert checked > 100 and cased > 0


@pytest.mark.parametrize(
    ("pattern", "flags", "text", "sets"),
    [
        (
            "financ\\w* (du|des) terror".replace(" ", "\\s+"),
            0,
            "financement du terrorisme",
            [("financ",), ("terror",)],
        ),
        ("(?-i:DAT)\\s+(programme|program)", re.IGNORECASE, "DAT Programme", [("DAT",)]),
        ("programmes?\\s+(?-i:DAT)", re.IGNORECASE, "PROGRAMME DAT", [("DAT",)]),
    ],
)
def test_needle_sets_each_hit_by_a_match(
    pattern: str, flags: int, text: str, sets: list[tuple[str, ...]]
) -> None:
    found = needle_sets(pattern, flags)
    m = re.search(pattern, text, flags)
    assert m is not None
    for want in sets:
        assert want in found
    for s in found:  # every set, not only the expected ones, is hit by the match
        assert any(n in m.group() for n in s), (s, m.group())
    # a case-insensitive literal is no exact-case needle: "programme" is not a set
    assert all("programme" not in s for s in found) or not flags


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
