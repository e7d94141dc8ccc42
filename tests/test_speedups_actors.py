"""The actor finders' fast paths give the answers of the plain scans they replace.

Each windowed search (:func:`ctdocs.extract._shape_regex.finditer_in`) is checked
against the whole-text ``finditer`` of its pattern, on random texts built of the
cue words (French and English side by side), the marks the windows are cut around,
and fillers that come close to a match without being one.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator

import pytest

from ctdocs._knowledge import fold, load_actor_shapes
from ctdocs.extract import _state_refs, _unlinked, _unlinked_firms, _unlinked_persons
from ctdocs.extract._actors import ActorHit, _keyed, _tokens, get_matcher
from ctdocs.extract._shape_regex import _alt
from ctdocs.extract._word_openings import TextWords

_CUES = {
    "fr": [
        "Pierre Martin est chercheur",
        "le Gouvernement",
        "Agence",
        "Office",
        "ONU",
        "ABCD",
        "l'association",
        "la Société",
        "ONG",
        "la directrice exécutive d'Europol",
        "le Président",
        "rapporteur spécial",
    ],
    "en": [
        "Hanna Verkerk is a Research Fellow",
        "the Government",
        "Board",
        "NATO",
        "BCDF",
        "the company",
        "Charity",
        "NGO",
        "the Special Rapporteur on counter-terrorism",
        "Director",
        "Head of Unit",
    ],
}
_MARKS = [", ", ",  ", ". ", ' "', " « ", " “", "\n", "; ", "(", ")", " ", "\t"]
_FILLERS = ["Catherine De Bolle", "Northbridge Logistics", "Ní Aoláin", "x", "e", "Al-Nour"]
_FILLERS += ["» ", '" ', "says", "Mr", "J.", "secretary", "\u017f", "Kelvin"]
# whole matches, and near ones, so that most texts hold some
_FILLERS += [", Catherine De Bolle,", ",  Fionnuala Ní Aoláin,", ', "Northbridge Logistics"']
_FILLERS += [" « Bienfaisance Al-Nour »", ", J. Smith,", ", MARIE CURIE,", ", Ana Lee"]


def _texts(lang: str, n: int) -> Iterator[str]:
    rng = random.Random(lang)
    for _ in range(n):
        pieces = rng.choices(_CUES[lang] + _MARKS + _FILLERS, k=rng.randrange(2, 24))
        text = "".join(pieces)
        cases: list[Callable[[str], str]] = [str, str.upper, str.lower]
        yield fold(rng.choice(cases)(text) if rng.random() < 0.2 else text)


def _plain_quoted(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in _unlinked_firms._patterns()[1].finditer(folded)]


def _fast_quoted(folded: str) -> list[tuple[int, int]]:
    _, quoted, opening, longest = _unlinked_firms._patterns()
    assert longest  # the shipped kinds are words of letters: the windowed path is taken
    return [m.span() for m in _unlinked_firms._quoted(folded, quoted, opening, longest)]


def _plain_office(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in _unlinked_persons._patterns()[0].finditer(folded)]


def _fast_office(folded: str) -> list[tuple[int, int]]:
    assert _unlinked_persons._patterns()[2] is not None  # the windowed path is taken
    return [m.span() for m in _unlinked_persons._office_named(folded)]


def _plain_described(folded: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in _unlinked_persons._patterns()[1].finditer(folded)]


def _fast_described(folded: str) -> list[tuple[int, int]]:
    # with the text's tokens: the pattern is not tried where no role noun is one of them
    words = TextWords.of(folded, *_keyed(folded))
    return _unlinked_persons.introduced(folded, words)[len(_fast_office(folded)) :]


def _plain_heads(folded: str) -> list[tuple[int, int]]:
    heads = _alt(load_actor_shapes().organ.heads.en)
    return [m.span() for m in re.finditer(rf"(?<![\w'])(?:{heads})(?![\w'])", folded)]


def _fast_heads(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in _unlinked._cues().organ_head.finditer(folded)]


def _plain_caps(folded: str) -> list[tuple[int, int]]:
    caps = r"(?=[A-Z]*[AEIOUY])[A-Z]{4,}(?![\w'])(?![ \t]+[A-Z]{2,})"
    return [m.span() for m in re.finditer(caps, folded)]


def _fast_caps(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in _unlinked._cues().caps_anchor.finditer(folded)]


def _plain_bare(folded: str) -> list[tuple[int, int]]:
    # the pattern with its look-behind first, where it was written before
    determiners = load_actor_shapes().state.determiners.all()
    fast = _state_refs._opening_alt(determiners)
    plain = rf"(?<![\w'])(?:{_state_refs._alt(determiners)})"
    source = _state_refs._cues().bare.pattern
    assert source.startswith(fast)
    return [m.span(1) for m in re.finditer(source.replace(fast, plain, 1), folded)]


def _fast_bare(folded: str) -> list[tuple[int, int]]:
    canada = ActorHit(0, 0, "canada", "exact", 100.0)  # named as a place
    hits = _state_refs.government_refs(folded, [], get_matcher().entries, [canada])
    return [(h.start, h.end) for h in hits]


_PAIRS: dict[str, tuple[Callable[[str], list[tuple[int, int]]], ...]] = {
    "quoted": (_plain_quoted, _fast_quoted),
    "office": (_plain_office, _fast_office),
    "described": (_plain_described, _fast_described),
    "heads": (_plain_heads, _fast_heads),
    "capitals": (_plain_caps, _fast_caps),
    "government": (_plain_bare, _fast_bare),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("pair", sorted(_PAIRS))
def test_windowed_search_equals_finditer(lang: str, pair: str) -> None:
    plain, fast = _PAIRS[pair]
    found = 0
    for text in _texts(lang, 1500):
        want = plain(text)
        assert fast(text) == want, text
        found += bool(want)
    assert found > 20  # the texts do hold matches, some of them several


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("fr", 'l\'association « Aide Nord » et la société "Beta Conseil"', 2),
        ("en", 'the company "Northbridge Logistics" and the charity « Hope Now »', 2),
        ("fr", "L'ASSOCIATION « Aide Nord »", 1),  # a kind in capitals: case-blind
        ("en", 'a xcompany "Glued One" then a firm \u201cSecond Firm\u201d', 2),
    ],
)
def test_quoted_names_found_by_windows(lang: str, text: str, names: int) -> None:
    folded = fold(text)
    assert len(_fast_quoted(folded)) == names
    assert _fast_quoted(folded) == _plain_quoted(folded)


def test_keyed_tokens_equal_the_token_scan() -> None:
    from ctdocs.extract._actors import _TOKEN

    for text in ["Le Conseil de sécurité", "NATO-Russia Council", "AgencyAgence x", ""]:
        folded = fold(text)
        toks, keys = _keyed(folded)
        assert list(toks) == list(_tokens(folded))
        assert keys == [t.casefold() for t, _, _ in toks]
        if "AgencyAgence" not in text:
            assert [t for t, _, _ in toks] == _TOKEN.findall(folded)


@pytest.mark.parametrize(
    "unit",
    ["Le Conseil de sécurité de l'ONU a adopté (a) la résolution 1373. ", "NATO-Russia, EU; UN\n"],
)
def test_keyed_tokens_cross_stretches_whole(unit: str) -> None:
    """A text longer than one split stretch: every token whole, at its own offsets."""
    from ctdocs.extract._actor_tokens import _STRETCH
    from ctdocs.extract._actors import _TOKEN

    folded = fold(unit * (3 * _STRETCH // len(unit)))
    toks, keys = _keyed(folded)
    assert list(toks) == [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    assert keys == [t.casefold() for t, _, _ in toks]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Agence des services frontaliers du CanadaCanada Border", ["Canada", "Canada", "Border"]),
        (
            "Canada Border Services AgencyAgence des services",
            ["Agency", "Agence", "des", "services"],
        ),
        ("le ministereMinistry of", ["ministere", "Ministry", "of"]),
        ("la NATO-Russia Council", ["NATO", "-", "Russia", "Council"]),  # no glued word
        ("aB", ["a", "B"]),
    ],
)
def test_keyed_tokens_cut_glued_words_in_any_stretch(text: str, words: list[str]) -> None:
    """A word glued to the next at a capital is cut there (rows checked by hand), the
    glued word found at the start, the middle or the end of a split stretch."""
    from ctdocs.extract._actor_tokens import _STRETCH

    filler = "x " * (_STRETCH // 2 - len(text) // 2)
    for padded in (text, filler + text, filler + text + " " + filler):
        toks, _ = _keyed(padded)
        got = [t for t, _, _ in toks if t != "x"]
        assert got[-len(words) :] == words, padded[-80:]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Conseil de sécurité de l'ONU", ("Conseil", "de", "securite", "de", "l", "'", "ONU")),
        ("UN Security Council", ("UN", "Security", "Council")),
        (
            "Agence des services frontaliers du CanadaCanada",
            ("Agence", "des", "services", "frontaliers", "du", "Canada", "Canada"),
        ),
        ("Border Services AgencyAgence", ("Border", "Services", "Agency", "Agence")),
        ("", ()),
    ],
)
def test_name_tokens_are_the_tokens_of_the_full_path(name: str, words: tuple[str, ...]) -> None:
    """The matcher's short cut for knowledge names cuts them as :func:`_tokens` does (rows
    checked by hand: French and English, a glued name of each, nothing), and so for every
    name the matcher reads."""
    from ctdocs.extract._actor_tokens import name_tokens

    assert name_tokens(fold(name)) == words
    assert name_tokens(fold(name)) == tuple(t for t, _, _ in _tokens(fold(name)))
    for e in get_matcher().entries.values():
        for form in [*e.strong_forms(), *e.acronyms, *e.weak_aliases]:
            folded = fold(form)
            assert name_tokens(folded) == tuple(t for t, _, _ in _tokens(folded)), form


def test_shipped_words_keep_the_windowed_paths() -> None:
    # a kind or an office holding a stop or a blank would turn the fast paths off
    assert _unlinked_firms._patterns()[3] > 0
    assert _unlinked_persons._patterns()[2] is not None
    assert re.search(r"[,.;:()\n]", "".join(_unlinked_persons._STOPS)) is not None


@pytest.mark.parametrize(
    "text", ["Le Conseil de sécurité s'est réuni à Genève.", "The Security Council met in Genève."]
)
def test_folded_text_is_the_fold_of_that_very_text(text: str) -> None:
    from ctdocs.extract._actors import folded_text, release_folded

    get_matcher().find(text)
    assert folded_text(text) == fold(text)
    other = "".join(reversed("".join(reversed(text))))  # equal, but another string
    assert other is not text and folded_text(other) == fold(other)
    assert folded_text("Autre à côté") == "Autre a cote"  # never another text's fold
    release_folded()
    assert folded_text(text) == fold(text)


@pytest.mark.parametrize(
    "text",
    ["Le Conseil de l'OTAN salue l'Agence européenne.", "The NATO Council welcomes the Agency."],
)
def test_no_fold_outlives_the_extraction(text: str) -> None:
    """The fold the actor finders share is let go once they are done: after a parse,
    after the spaCy component, and after a parse whose finders failed midway."""
    import spacy

    from ctdocs import parse_text
    from ctdocs.extract import _actors
    from ctdocs.extract._components import ActorComponent

    parse_text(text)
    assert _actors._last_folded.get() is None
    ActorComponent()(spacy.blank("fr")(text))
    assert _actors._last_folded.get() is None
    real = _unlinked.propose

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a finder failed")

    _unlinked.propose = broken  # type: ignore[assignment]
    try:
        with pytest.raises(RuntimeError):
            parse_text(text + " ")
    finally:
        _unlinked.propose = real
    assert _actors._last_folded.get() is None


@pytest.mark.parametrize(
    "text",
    [
        "La Cour d'appel de Paris a statué. La Cour rejette le pourvoi.",
        "The Federal Court of Australia sat in Sydney. The Court dismissed the appeal.",
    ],
)
def test_the_articles_are_read_once_per_text_and_let_go(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """head_refs and owned_refs try the article pattern before their heads' tokens only,
    with no scan of the whole text, and keep no text once both are done."""
    from ctdocs import parse_text
    from ctdocs.extract import _unlinked_heads

    heads, joins, pattern = _unlinked_heads._words()
    scans: list[str] = []
    tried: list[int] = []

    class Counted:
        def finditer(self, folded: str) -> Iterator[re.Match[str]]:
            scans.append(folded)
            return pattern.finditer(folded)

        def match(self, folded: str, at: int) -> re.Match[str] | None:
            tried.append(at)
            return pattern.match(folded, at)

    monkeypatch.setattr(_unlinked_heads, "_words", lambda: (heads, joins, Counted()))
    doc = parse_text(text)
    assert scans == []
    assert 0 < len(tried) <= 2 * text.count("Cour")
    assert getattr(_unlinked_heads._kept, "found", None) is None
    assert any(a.name for a in doc.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Le Bureau national de veille antiterroriste (BNVA) suit l'Action Counters "
        "Terrorism (ACT) e-learning.",
        "The National Counter Extremism Bureau (NCEB) runs the Action Counters "
        "Terrorism (ACT) e-learning.",
    ],
)
def test_the_defined_acronyms_are_read_once_per_text_and_let_go(text: str) -> None:
    """drop_redefined, spelt_by_acronym and then suffixed_acronyms read one scan of the
    text for defined acronyms, the same matches as a scan each, and keep no text once all
    three are done."""
    import dataclasses

    from ctdocs.extract import _shape_regex
    from ctdocs.extract._unlinked_refs import Known, drop_redefined
    from ctdocs.extract._unlinked_spelt import spelt_by_acronym
    from ctdocs.extract._unlinked_suffixed import suffixed_acronyms

    cues = _unlinked._cues()
    scans: list[str] = []

    class Counted:
        def finditer(self, folded: str) -> Iterator[re.Match[str]]:
            scans.append(folded)
            return cues.acronym_def.finditer(folded)

    counted = dataclasses.replace(cues, acronym_def=Counted())  # type: ignore[arg-type]
    folded = fold(text)
    matcher = get_matcher()
    hits = sorted(matcher.find(folded), key=lambda h: (h.start, -h.end))
    want_hits = drop_redefined(folded, hits, cues.acronym_def, cues.link_words)
    want = spelt_by_acronym(folded, cues, Known(want_hits, len(folded)))
    assert len(want) == 1 and len(want_hits) < len(hits)  # the bureau spelt, ACT dropped
    got_hits = drop_redefined(folded, hits, counted.acronym_def, cues.link_words)
    got = spelt_by_acronym(folded, counted, Known(got_hits, len(folded)))
    assert (got_hits, got, len(scans)) == (want_hits, want, 1)
    assert getattr(_shape_regex._defined, "found", None) is not None  # one reader to come
    suffixed = suffixed_acronyms(text, folded, got_hits, counted.acronym_def)
    assert (suffixed, len(scans)) == (got_hits, 1)  # no hyphenated acronym: as they were
    assert getattr(_shape_regex._defined, "found", None) is None


@pytest.mark.parametrize(
    ("head", "joiner", "spelt"),
    [("Direction", "de", "DDDDDDDDDD"), ("Directorate", "of", "DOOOOOOOOO")],
)
def test_an_acronym_aligns_in_time_linear_in_the_joiners(
    head: str, joiner: str, spelt: str
) -> None:
    """Each joiner may give its initial or none: read every way, 40 joiners and an
    acronym that fails at its last letter took hours (2 ** 40 ways); read as the set of
    letters spelt so far, a moment. The answers stay those of the definition. No clock: an
    exponential reading never returns from these rows, so the run fails by hanging, as the
    stress tests do."""
    from ctdocs.extract._unlinked_spelt import _aligns

    link = _unlinked._cues().link_words

    def skips(words: list[str]) -> list[bool]:
        return [w.casefold() in link for w in words]

    words = [head, *[joiner] * 40]
    assert not _aligns(words, spelt[:-1] + "X", skips(words))
    assert _aligns(words, spelt, skips(words))
    who = ["World", "Organisation", "for", "Animal", "Health"]
    assert _aligns(who, "WOAH", skips(who))
    pcms = ["Plateforme", "de", "cooperation", "en", "matiere", "de", "securite"]
    assert _aligns(pcms, "PCMS", skips(pcms))
    assert not _aligns(["Animal", "Health"], "WOAH", [False, False])


@pytest.mark.parametrize(
    "text",
    [
        # blanks of any length, an elision, a government word holding another, glued words
        "Le Gouvernement a decide; l'Etat partie et le   Gouvernement federal, au\tGouvernement",
        "The Government said; the   Federal Government and Our Union Government, theGovernment",
        "du Gouvernement central. notre Gouvernement de la Republique; xle Gouvernement",
        "the State party and the Central Government of Canada; The Government. our Government",
        "Gouvernement\nle Gouvernement\nl' Gouvernement; L'Etat partie",
        "Government\nthe Government\nthe\tGovernement, The Federal Government Federal Government",
    ],
)
def test_bare_government_words_found_before_their_word_equal_the_scan(text: str) -> None:
    """The bare references tried only just before each government word are the matches
    of the pattern tried everywhere (which these texts hold)."""
    folded = fold(text)
    want = [m.span() for m in _state_refs._cues().bare.finditer(folded)]
    assert want and [m.span() for m in _state_refs._bare(folded)] == want
