"""The fast paths give the answers of the plain ones they replace.

Each optimisation keeps a slow, obvious twin: domain tagging per clause with a
document index (DocumentTagger) against ``tag_text``; chrome lines by needles
(AnyOf) against one union regex; extraction without a spaCy Doc against the
registered spaCy components. Plus the stage-timing hook.
"""

from __future__ import annotations

import random
import re

import pytest

from ctdocs import parse_document, parse_text
from ctdocs._knowledge import _FOLD_TABLE, fold, fold_plain, load_layout
from ctdocs._needles import AnyOf, case_view, case_view_plain, needle_sets, needles
from ctdocs._parse import set_stage_hook
from ctdocs.extract._actors import get_matcher
from ctdocs.extract._dates import document_dates
from ctdocs.extract._domain_texts import _Texts
from ctdocs.extract._domains import (
    DocumentTagger,
    _domains,
    _is_indexed,
    _present,
    tag_text,
)

from ._speedtexts import ALL_TEXTS
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
