"""The prefilters of the extraction hot paths give the answers of the searches they skip.

Each prefilter only ever skips a regex search that would have found nothing:
checked here against the plain search, on windows built to end in the cue
words (French and English side by side) and on random ones around them.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable

import pytest

from ctdocs._knowledge import fold, load_actor_shapes
from ctdocs.extract._domain_roles import _bounds, roles
from ctdocs.extract._places import _patterns, named_as_place

_PLACE_WORDS = {
    "fr": ["au nord-est de la", "tenue à", "Journal officiel de la", "en", "à Lyon,"],
    "en": ["in north-eastern", "signed at", "Official Journal of the", "in", "in Christchurch,"],
}


def _plain_named_as_place(text: str, start: int) -> bool:
    from ctdocs.extract._places import WINDOW

    window = fold(text[max(0, start - WINDOW) : start])
    return any(p.search(window) is not None for p, _ in _patterns())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_named_as_place_by_endings_equals_every_search(lang: str) -> None:
    rng = random.Random(lang)
    place = load_actor_shapes().place
    words = [*_PLACE_WORDS[lang], *place.before.all(), *place.publications.all()]
    words += [f"{a} {b}" for a in place.located.all()[::4] for b in place.located_links.all()]
    fillers = ["le Conseil", "| France 3 |", "ÉTATS", "Ministère", "'", "\n", "  ", "\t"]
    fillers += ["Berlin", "Bordeaux", "Pla", "Bruxelles,", "xl'"]  # glued: no place word
    seen = set()
    for _ in range(3000):
        pieces = rng.choices(fillers + words, k=rng.randrange(1, 6))
        cases: list[Callable[[str], str]] = [str, str.upper, str.title, str.lower]
        case = rng.choice(cases)
        text = case(" ".join(pieces)) + rng.choice(["", " ", "  ", "\n", " \n"]) + "France"
        start = len(text) - len("France")
        got = named_as_place(text, start)
        assert got == _plain_named_as_place(text, start), text
        seen.add(got)
    assert seen == {True, False}  # both answers were exercised


_DEFINITIONS = {
    "fr": "« Formation » signifie toute forme d'aide ; la formation et le contrôle aux frontières"
    " du Ministère de la Sécurité publique et de la Protection civile, rappelant le terrorisme",
    "en": '"Training" means any form of assistance; training and border control, as well as'
    " the Minister of Public Safety and Emergency Preparedness, recalling terrorism",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_roles_with_literal_positions_equal_the_searches(lang: str) -> None:
    rng = random.Random(lang)
    fast = roles()
    assert fast.definition_needles is not None and fast.name_before_any is not None
    plain = dataclasses.replace(
        fast, definition_needles=None, name_before_any=None, citation_needles=None
    )
    pieces = [_DEFINITIONS[lang], "x " * 400, ". ", "\n", "signifiant", "meaning", "the means"]
    found, factors = set(), set()
    for _ in range(20):
        cased = fold("".join(rng.choices(pieces, k=12)))  # roles read folded text
        lower = cased.lower()
        bounds = _bounds(lower)
        for _ in range(200):
            start = rng.randrange(len(lower))
            end = min(len(lower), start + rng.randrange(1, 12))
            got = fast._in_definiens(lower, bounds, start, end)
            assert got == plain._in_definiens(lower, bounds, start, end)
            found.add(got)
            factor = fast.factor(cased, lower, start, end)
            assert factor == plain.factor(cased, lower, start, end)
            factors.add(factor)
    assert found == {True, False}
    assert 0.0 in factors and len(factors) > 2  # names, definitions and plain hits seen


_TRIGGER_TEXT = {
    "fr": "Le contrôle aux frontières, la lutte contre le terrorisme et le financement du "
    "terrorisme ; la non-prolifération des armes chimiques. ",
    "en": "Border control, counter-terrorism and the financing of terrorism; the "
    "non-proliferation of chemical weapons. ",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("kept", [8, 1 << 14])
def test_keys_present_by_words_equal_the_occurrences(
    lang: str, kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spans cut anywhere, mid-word too: the words wholly inside bring all their
    keys, the words across an end only the needles inside; the keys of the other
    needle sets (negative) as well as the patterns' own. ``kept``: a piece's words
    are turned into keys every few words (the path of a long text)."""
    from ctdocs._knowledge import active
    from ctdocs.extract import _domain_index
    from ctdocs.extract._domain_texts import _Texts
    from ctdocs.extract._domains import _check_keys, _present

    monkeypatch.setattr(_domain_index, "_WORDS_KEPT", kept)
    rng = random.Random(lang)
    lower = _Texts.of(_TRIGGER_TEXT[lang] * 6).lower
    occ = []
    for keyed in _check_keys(active()).values():
        for key, needles in keyed:
            for n in needles:
                k = lower.find(n)
                while k >= 0:
                    occ.append((k, k + len(n), key))
                    k = lower.find(n, k + 1)
    sizes = set()
    for _ in range(300):
        starts = sorted(rng.sample(range(len(lower)), 2))
        spans = [(s, min(len(lower), s + rng.randrange(40))) for s in starts]
        want = {p for a, b, p in occ if any(s <= a and b <= e for s, e in spans)}
        assert _present(lower, spans) == want
        sizes.add((len(want) > 0, any(p < 0 for p in want)))
    assert sizes >= {(True, True), (False, False)}
    assert _present(lower, [(0, len(lower))]) == {p for _, _, p in occ}


@pytest.mark.parametrize("seed", range(3))
def test_line_bounds_from_the_last_answer_equal_the_searches(seed: int) -> None:
    """In order (as the dates of a text are asked about), out of order, on a text of
    one long line, of short lines and on another text in between."""
    from ctdocs.extract._docplace import line_bounds as _line_bounds

    rng = random.Random(seed)
    texts = [
        "".join(rng.choices(["Le 5 juin 2003 ", "on 6 June 2002 ", "\n", "\n\n"], k=300)),
        "NATO and the EU met on 6 June 2002. " * 200,
        "",
    ]
    for _ in range(2000):
        text = rng.choice(texts[:2])
        if rng.random() < 0.02:
            _line_bounds(texts[2], 0, 0)  # another text: the kept answer is not used
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(12))
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", end)
        assert _line_bounds(text, start, end) == (lo, len(text) if hi < 0 else hi)
    # in order, as the dates of one text come
    text = texts[0]
    for start in range(0, len(text) - 5, 7):
        lo = text.rfind("\n", 0, start) + 1
        hi = text.find("\n", start + 5)
        assert _line_bounds(text, start, start + 5) == (lo, len(text) if hi < 0 else hi)


def _undertaking_plain(folded: str, end: int, acronym_def: re.Pattern[str], what: str) -> bool:
    """The whole-text search undertaking() made before it looked around the acronyms."""
    m = acronym_def.match(folded, end + (folded[end : end + 1] == " "))
    if m is None:
        return False
    acr = "|".join(re.escape(a) for a in m.groups() if a)
    what = rf"(?i:{what})"
    return (
        re.search(
            rf"(?<![\w']){what}(?:[ \t]+[a-z]{{1,3}}'?){{0,2}}[ \t]*(?:(?<=')|(?<=[ \t]))"
            rf"(?:{acr})(?![\w'])|(?<![\w'])(?:{acr})[ \t]+{what}(?![\w'])",
            folded,
        )
        is not None
    )


_UNDERTAKINGS = {
    "fr": ["la mission de la ", "Force internationale (FIAS)", "programme  ", " opération"],
    "en": ["the ISAF mission", "International Force (ISAF)", "program ", " operation"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_undertaking_around_the_acronyms_equals_the_whole_search(lang: str) -> None:
    from ctdocs.extract._shape_regex import undertaking
    from ctdocs.extract._unlinked import _cues

    cues = _cues()
    rng = random.Random(lang)
    bits = [*_UNDERTAKINGS[lang], "ISAF", "FIAS", "xISAF", "FIASx", "l'", " \t  ", "de ", "\n"]
    answers = set()
    for _ in range(2000):
        folded = fold("".join(rng.choices(bits, k=rng.randrange(3, 15))))
        for m in cues.acronym_def.finditer(folded):
            got = undertaking(folded, m.start(), cues.acronym_def, cues.undertakings)
            want = _undertaking_plain(folded, m.start(), cues.acronym_def, cues.undertakings)
            assert got == want, folded
            answers.add(got)
    assert answers == {True, False}


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("le conseil décide. il adopte ; puis\tvote.\tfin\nsuite", [19, 31, 42, 46]),
        ("the council decides. it adopts ; then\tvotes.\tend\nnext", [21, 33, 45, 49]),
        ("pas de fin", []),
        ("why? because!\n", [5, 14]),  # "!" then a line break: the break is the stop
    ],
)
def test_stop_ends_read_from_their_starts_equal_the_scan(text: str, ends: list[int]) -> None:
    from ctdocs.extract._domain_roles import _ANY_STOP, _Bounds

    assert [m.end() for m in _ANY_STOP.finditer(text)] == ends
    got = _Bounds(text).stop_ends
    assert [got[k] for k in range(len(got))] == ends


_ONE_FOLD = [
    ("fr", "Le Conseil de sécurité de l'ONU condamne l'attentat ; les armes chimiques."),
    ("en", "The Security Council condemns the attack in Côte d’Ivoire; chemical weapons."),
]


@pytest.mark.parametrize(("lang", "text"), _ONE_FOLD, ids=[lang for lang, _ in _ONE_FOLD])
def test_a_fold_made_by_the_caller_gives_what_each_stage_folding_its_own_gives(
    lang: str, text: str
) -> None:
    """The extraction folds a document once for the actor trie and the domain tagger:
    their findings are those of each folding the text itself, and the tagger reads the
    fold it was given (not one of its own)."""
    from ctdocs.extract._actors import get_matcher, release_folded
    from ctdocs.extract._domains import DocumentTagger

    folded = fold(text)
    assert folded != text  # accents, an apostrophe: the fold is not the text
    matcher = get_matcher()
    try:
        hits = matcher.find(text, folded=folded)
        assert [text[h.start : h.end] for h in hits][:1] == [
            "Conseil de sécurité de l'ONU" if lang == "fr" else "Security Council"
        ]
        assert hits == matcher.find(text)
    finally:
        release_folded()
    shared, own = DocumentTagger(text, folded), DocumentTagger(text)
    assert shared._folded is folded
    whole = [(0, len(text))]
    assert "CBRN" in shared.score_spans(lang, whole)
    assert shared.score_spans(lang, whole) == own.score_spans(lang, whole)


@pytest.mark.parametrize(
    ("text", "lo", "hi", "held"),
    [
        ("la formation signifie toute aide", 0, 32, True),
        ("la formation signifie toute aide", 13, 20, False),  # "signifi": cut by the end
        ("la formation signifie toute aide", 14, 32, False),  # cut by the start
        ("training means any form of assistance", 9, 14, True),  # "means", exactly
        ("training means any form of assistance", 0, 13, False),
        ("les termes signifient, on entend par", 11, 21, True),  # "signifie" inside
        ("as used here, refer to the annex", 0, 100, True),
        ("", 0, 0, False),
    ],
)
def test_bounds_holds_a_literal_exactly_inside_the_window(
    text: str, lo: int, hi: int, held: bool
) -> None:
    """Whether a definition cue's literal lies inside ``[lo, hi)`` (rows checked by hand),
    as a search of the window for any of them answers."""
    literals = roles().definition_needles
    assert literals is not None
    assert _bounds(text).holds(literals, lo, hi) is held
    window = text[lo:hi]
    assert any(w in window for w in literals.words) is held


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_place_words_as_a_trie_match_what_their_alternation_matches(lang: str) -> None:
    """The town pattern reads the place words as a trie (:func:`._places._alt_trie`): the
    same strings as the plain alternation, in any case, with any space between words; on
    the lists' own forms, cut short, run on, and on other words."""
    from ctdocs.extract._places import _alt, _alt_trie

    rng = random.Random(lang)
    place = load_actor_shapes().place
    for words in (place.before.all(), place.located_links.all()):
        flat = re.compile(rf"(?i:{_alt(words)})\Z")
        trie = re.compile(rf"(?i:{_alt_trie(words)})\Z")
        forms = [*words, *_PLACE_WORDS[lang]]
        matched = 0
        for _ in range(2000):
            form = fold(rng.choice(forms))
            cases: list[Callable[[str], str]] = [str, str.upper, str.title]
            form = rng.choice(cases)(form)
            form = form.replace(" ", rng.choice([" ", "  ", "\n", "\t "]))
            form = rng.choice(
                [form, form[: rng.randrange(len(form) + 1)], form + "s", form + " de"]
            )
            want = flat.match(form) is not None
            assert (trie.match(form) is not None) == want, form
            matched += want
        assert 0 < matched < 2000  # both answers were exercised


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_place_syntax_words_as_a_trie_match_what_their_alternation_matches(lang: str) -> None:
    """The place-syntax patterns read their words as a trie (:func:`._places.blank_trie`),
    in the case written (the names' heads are capitalised): the strings of the plain
    alternation, longest first, that the module built before."""
    from ctdocs.extract._place_syntax import _alt

    rng = random.Random(lang)
    place = load_actor_shapes().place
    lists = [place.origins.all(), place.border_links.all(), place.travels.all()]
    lists += [place.name_tails.all(), _PLACE_WORDS[lang]]
    for words in lists:
        forms = sorted({fold(w) for w in words}, key=len, reverse=True)
        flat = re.compile(
            "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")\Z"
        )
        trie = re.compile(rf"(?:{_alt(words)})\Z")
        matched = 0
        for _ in range(1000):
            form = fold(rng.choice(words))
            cases: list[Callable[[str], str]] = [str, str.upper, str.capitalize, str.lower]
            form = rng.choice(cases)(form).replace(" ", rng.choice([" ", "\n ", "\t"]))
            form = rng.choice([form, form[: rng.randrange(len(form) + 1)], form + "s"])
            want = flat.match(form) is not None
            assert (trie.match(form) is not None) == want, form
            matched += want
        assert 0 < matched < 1000  # both answers were exercised


_HEAD_PIECES = {
    "fr": ["RÉSOLUTION", "N° 489", "Décision n° 2021-822 DC", "S/RES/1624 (2005)", "du",
           "Conseil", "014 DSCTC 22 F", "[028 CDS 23 E", "C2023C00295", "Arrêté",
           "NOR : INTD2101234A"],
    "en": ["Executive Order 14137", "No. 27/2026", "COM(2020) 795", "Public Law 117-81", "of",
           "Council", "014 DSCTC 22 E", "[028 CDS 23 F", "F2021L01234", "XC2023C00295",
           "CETS No. 217"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_symbol_needles_remembered_per_head_equal_each_test(lang: str) -> None:
    """The needle test of every symbol shape, with the needles of a head remembered from
    one shape to the next (sets tried fewest first), answers as the test of every set and
    needle on its own; and each shape skipped by it finds nothing in that head."""
    from ctdocs.extract._doccues import _cues
    from ctdocs.extract._docsymbol import _may_match, _needles

    rng = random.Random(7)
    for _ in range(300):
        head = "\n".join(
            " ".join(rng.choice(_HEAD_PIECES[lang]) for _ in range(rng.randrange(1, 4)))
            for _ in range(rng.randrange(1, 6))
        )
        held: dict[str, bool] = {}
        for shape in _cues().symbols:
            plain = all(any(n in head for n in group) for group in _needles(shape.pattern))
            assert _may_match(shape.pattern, head, held) is plain
            if not plain:
                assert shape.pattern.search(head) is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_symbol_shapes_tried_at_line_starts_find_what_their_search_finds(lang: str) -> None:
    """A shape whose every match opens a line, searched from its line starts only, gives
    the match ``pattern.search`` gives, from any position."""
    from ctdocs.extract._doccues import _cues

    shapes = _cues().symbols
    assert sum(s.after_break is not None for s in shapes) >= 20
    rng = random.Random(11)
    for _ in range(200):
        head = "\n".join(
            " ".join(rng.choice(_HEAD_PIECES[lang]) for _ in range(rng.randrange(1, 4)))
            for _ in range(rng.randrange(1, 6))
        )
        for pos in (0, 1, rng.randrange(len(head) + 1)):
            for shape in shapes:
                want, got = shape.pattern.search(head, pos), shape.search(head, pos)
                assert (want and (want.span(), want.groupdict())) == (
                    got and (got.span(), got.groupdict())
                ), (shape.pattern.pattern, head, pos)


_DOWNLOAD_LINES = {
    "fr": ["Télécharger la version intégrale (PDF) — 10473/26", "TÉLÉCHARGER", "télécharger",
           "- Télécharger le rapport", "Vous pouvez télécharger", "Télécharge", "Téléchargement",
           "Article 1", "", "  ", "(PDF, 212 Ko) — 7/2026", "Ce texte"],
    "en": ["Download the full text (PDF, 212 KB) — 10473/26", "DOWNLOAD", "download",
           "* Download the report", "You may download it", "Downloads", "Downloaded",
           "Section 1", "", "  ", "(PDF, 212 KB) — 7/2026", "This text"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_download_lines_tried_at_their_line_starts_are_the_scan_s_matches(lang: str) -> None:
    """The download cue tried only at the starts of the lines that hold its words gives
    the matches of its scan over the whole text, in order ("TÉLÉCHARGER" is one of them,
    "Vous pouvez télécharger", "Downloads" none)."""
    from ctdocs.extract._doccues import _cues

    download = _cues().download
    rng = random.Random(13)
    for _ in range(300):
        text = "\n".join(
            " ".join(rng.choice(_DOWNLOAD_LINES[lang]) for _ in range(rng.randrange(1, 3)))
            for _ in range(rng.randrange(1, 7))
        )
        want = [(m.span(), m.group()) for m in download.pattern.finditer(text)]
        got = [(m.span(), m.group()) for m in download.line_matches(text)]
        assert got == want, text
    first = _DOWNLOAD_LINES[lang][0]
    assert [m.group() for m in download.line_matches(f"x\n{first}\ny")] == [first]


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        ("(?m)^Décision (n°|no\\.) \\d+", True),  # a branch inside a group: still one line start
        ("(?m)^Decision (no\\.|number) \\d+", True),
        ("(?m)^Arrêté|Loi \\d+", False),  # the other branch may start anywhere
        ("(?m)^Order|Act \\d+", False),
        ("(?m)(?:^|Communiqué )CS/\\d+", False),  # does not open on the line start
        ("(?m)(?:^|Press Release )SC/\\d+", False),
        ("(?m)^[|(]Loi \\d+", True),  # a bar in a class is no alternation
        ("(?m)^[^|]Act\\|\\d+", True),  # nor an escaped one
    ],
)
def test_a_shape_opens_a_line_only_without_a_top_level_alternation(
    pattern: str, opens: bool
) -> None:
    from ctdocs.extract._doccues import _opens_line

    assert _opens_line(pattern) is opens


@pytest.mark.parametrize(
    ("pattern", "definition", "hits"),
    [
        # the NATO PA number: not after "[" (the look-behind moved past the first digit)
        (r"\d(?<!\[\d)\d{2} [A-Z]{3,6} \d{2} [EF]\b", r"(?<!\[)\d{3} [A-Z]{3,6} \d{2} [EF]\b",
         ["014 DSCTC 22 F", "014 DSCTC 22 E"]),
        # the Australian register's number: no word character before it
        (r"(?P<symbol>[CF](?<!\w[CF])\d{4}[CL]\d{5})\b", r"\b(?P<symbol>[CF]\d{4}[CL]\d{5})\b",
         ["C2023C00295", "F2021L01234"]),
    ],
)  # fmt: skip
def test_symbol_shapes_opening_on_a_class_match_their_definitions(
    pattern: str, definition: str, hits: list[str]
) -> None:
    """The two shapes of document.toml rewritten to open on a character class find what the
    look-behind or the word boundary at their start found, on the French and English heads."""
    fast, plain = re.compile(pattern), re.compile(definition)
    rng = random.Random(3)
    pieces = [*_HEAD_PIECES["fr"], *_HEAD_PIECES["en"], "a", "_", "9", "\n", "["]
    found: list[str] = []
    for _ in range(2000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 6)))
        assert [m.span() for m in fast.finditer(head)] == [m.span() for m in plain.finditer(head)]
        found += [m.group() for m in fast.finditer(head)]
    assert set(hits) <= set(found)  # both languages' numbers found (and none after "[" or "X")
    assert not any(f.startswith(("028", "XC")) for f in found)


@pytest.mark.parametrize(
    ("lang", "header"),
    [("fr", "CRF/CIRC/2026/04"), ("en", "BFIU/CIRC/2026/04")],
)
def test_running_lines_read_once_give_what_each_reader_read(lang: str, header: str) -> None:
    """Both readers of running lines read the same edge lines of a text, kept from the first
    reader for the second: their answers are those of a fresh reading of the lines."""
    from ctdocs.extract import _docshape

    body = {"fr": "La cellule applique ces règles.", "en": "The unit applies these rules."}[lang]
    text = "\n".join([body, f"{header}   2", body, "| 12 | 34 |", f"{header}   3", body] * 2)
    lines = _docshape._edge_lines(text)
    assert [line for _, line in lines] == [f"{header}   2", f"{header}   3"] * 2
    assert _docshape._edge_lines(text) is lines  # the second reader's
    assert _docshape.running_identifier(text) == header
    again = _docshape._running(text)
    _docshape._last_edges.clear()
    assert _docshape._running(text) == again is not None
    assert again[2] == header


_LABEL_PIECES = {
    "fr": ["Date de la décision :", "DATE DE SIGNATURE", "Fait à Paris, le", "Jugement prononcé le",
           "Diffusion restreinte jusqu'au", "SOUS EMBARGO JUSQU'AU", "Réf. 12/2026 —", "le",
           "Rapport", "", "  ", "Décision", ":"],
    "en": ["Date of Judgment:", "TABLED IN PARLIAMENT:", "Made", "Judgment delivered",
           "Restricted until", "NOT FOR PUBLICATION BEFORE", "Ref. 12/2026 —", "on", "Report",
           "", "  ", "Decision", ":"],
}  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_label_and_embargo_cues_guarded_by_their_needles_answer_as_their_search(
    lang: str,
) -> None:
    """The own-date label and the embargo cue, looked for only in a line whose case view holds
    one of their needles, answer as their patterns' search of every line; and some lines of
    each kind hold them."""
    from ctdocs.extract._docfields import _fields, embargoed, labelled_own

    fields = _fields()
    rng = random.Random(17)
    seen = {"label": 0, "embargo": 0}
    for _ in range(400):
        before, prev = (
            " ".join(rng.choice(_LABEL_PIECES[lang]) for _ in range(rng.randrange(0, 4)))
            + rng.choice(["", " ", "\t"])
            for _ in range(2)
        )
        label = fields.own_label.search(before) is not None
        embargo = fields.embargo.search(before) is not None or (
            not before.strip() and fields.embargo.search(prev) is not None
        )
        assert labelled_own(before) is label, before
        assert embargoed(before, prev) is embargo, (before, prev)
        seen["label"] += label
        seen["embargo"] += embargo
    assert min(seen.values()) > 10


@pytest.mark.parametrize(
    "text",
    [
        "Fait à Paris, le 12 mars 2026.\nLa réunion du 3 avril a suivi celle de 2019 (résolution "
        "2368 (2017)). Le 14 mai, puis en juin 2025, enfin le 2 février.",
        "Done at London, 12 March 2026.\nThe meeting of 3 April followed that of 2019 (resolution "
        "2368 (2017)). On 14 May, then in June 2025, and at last on 2 February.",
    ],
)
def test_second_resolution_keeps_the_written_dates_of_the_first(text: str) -> None:
    """The dates with a written year, resolved once and kept for the resolution that the own
    date anchors, are those a resolution from scratch gives; the year-less ones take the own
    date's year or the year written before them, as they did."""
    from ctdocs.extract._dates import _resolve, document_dates
    from ctdocs.extract._datescan import _scan

    lang = "fr" if "Fait" in text else "en"
    raws = _scan(text, lang)
    own = "2026-03-12"
    hits = document_dates(text, lang, pick=lambda _hits: own)
    assert hits == _resolve(text, raws, own)
    assert [h.value for h in hits if not h.inferred_year][:2] == ["2026-03-12", "2019"]
    assert any(h.inferred_year for h in hits)


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        # a user's download cue of several words wrapped over two lines: the needle chosen
        # ("full", "complet") stands on the second line, the match opens on the first
        ("get the full text", "Intro\nget\nthe full text (PDF) — 10473/26\n", "get\nthe full"),
        ("le texte complet", "Intro\nle\ntexte complet (PDF) — 10473/26\n", "le\ntexte complet"),
        ("pdf version", "Intro\npdf\nversion (PDF) — 10473/26\n", "pdf\nversion"),
        ("voir le document", "Intro\nvoir\nle document — 10473/26\n", "voir\nle document"),
    ],
)
def test_a_download_phrase_wrapped_over_two_lines_is_found(
    phrase: str, text: str, found: str
) -> None:
    from ctdocs.extract._doccues import _JOIN, _Guarded

    alt = _JOIN.join(re.escape(w) for w in phrase.split())
    cue = _Guarded.of(rf"(?m)^[^\w\n]*(?:{alt})\b[^\n]*", re.IGNORECASE)
    got = [m.group() for m in cue.line_matches(text)]
    assert len(got) == 1 and got[0].startswith(found)
