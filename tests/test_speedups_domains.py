"""The domain triggers searched near their needles find what a search of the whole
text finds (``_domain_index.search_near``): on clauses built around the trigger
words (French and English side by side), with long white-space runs, and on
random cuts of them."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from ctdocs._knowledge import active
from ctdocs.extract._domain_index import SPACE_REACH, reach
from ctdocs.extract._domain_search import _finditer
from ctdocs.extract._domain_texts import _Texts
from ctdocs.extract._domains import _compiled, _Pattern

_CLAUSES = {
    "fr": [
        "Le financement du terrorisme et le blanchiment de capitaux sont des infractions.",
        "Les combattants terroristes étrangers, la radicalisation\n\n  et l'extrémisme violent.",
        "Prévention de la radicalisation ; financement  du   terrorisme ; terrorisme.",
    ],
    "en": [
        "The financing of terrorism and money laundering are offences.",
        "Foreign terrorist fighters, radicalisation\n\n  and violent extremism.",
        "Prevention of radicalisation; financing  of   terrorism; terrorist.",
    ],
}


def _windowed() -> list[_Pattern]:
    domains = _compiled(active())
    groups = [g for d in domains for g in (d.strong, d.weak)]
    pats = [p for g in groups for ps in g.values() for p in ps]
    return [p for p in pats + [p for d in domains for p in d.exclude] if p.near]


def _texts(clause: str, seed: int) -> list[str]:
    rng = random.Random(seed)
    wide = clause.replace(" ", " " * (SPACE_REACH + 2), 1)  # a white-space run too long
    cuts = [clause[rng.randrange(len(clause)) :] for _ in range(5)]
    return [clause, wide, clause * 3, *cuts]


@pytest.mark.parametrize(("fr", "en"), list(zip(_CLAUSES["fr"], _CLAUSES["en"], strict=True)))
def test_search_near_finds_what_the_whole_search_finds(fr: str, en: str) -> None:
    pats = _windowed()
    assert pats
    found = 0
    for seed, clause in enumerate((fr, en)):
        for text in _texts(clause, seed):
            texts = _Texts.of(text)
            for p in pats:
                near = _finditer(p, texts)
                whole = _finditer(dataclasses.replace(p, windowed=False), texts)
                assert near == whole, p.regex.pattern
                found += len(near)
    assert found > 0  # the clauses do hold triggers


@pytest.mark.parametrize(
    ("body", "longest"),
    [
        (
            r"financement\s+du\s+terrorisme",
            len("financement du terrorisme") + 2 * (SPACE_REACH - 1),
        ),
        (r"financing\s+of\s+terrorism", len("financing of terrorism") + 2 * (SPACE_REACH - 1)),
        (r"terroris(?:me|te)s?", len("terroristes")),
        (r"terroris(?:m|t)s?", len("terrorists")),
        (r"terror\w*", 0),  # unbounded
        (r"(?<!anti)terrorisme", 0),  # reads before the match
        (r"terrorism(?= act)", 0),  # reads after the match
    ],
)
def test_reach_is_the_longest_match_or_none(body: str, longest: int) -> None:
    assert reach(body, 0)[0] == longest
    assert reach(body, 0)[1] == (longest > 0 and r"\s+" in body)
    assert re.fullmatch(body, "x") is None


class _CountingText(str):
    """A text that counts the needles looked for in it."""

    looked: dict[str, int]

    def find(self, sub: str, *args: object) -> int:
        self.looked[sub] = self.looked.get(sub, 0) + 1
        return super().find(sub, *args)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("unit", "needles"),
    [
        ("le terrorisme et la radicalisation ; ", ("terroris", "djihad")),
        ("terrorism and radicalisation; ", ("terroris", "jihad")),
    ],
)
def test_near_scan_reads_the_text_once_per_needle(unit: str, needles: tuple[str, ...]) -> None:
    """A needle the text never holds is looked for once, not again from every occurrence
    of the other (that made one long line quadratic), and every match is still found."""
    from ctdocs.extract._domain_index import Near, NearScan

    text = _CountingText(unit * 300)
    text.looked = {}
    regex = re.compile(r"(?:terroris\w{0,3}|d?jihad\w{0,3})\b")
    scan = NearScan(regex, text, Near(12, False, needles))
    spans, pos = [], 0
    while (m := scan.search(pos)) is not None:
        spans.append(m.span())
        pos = m.end()
    assert spans == [m.span() for m in regex.finditer(text)]
    assert len(spans) == 300
    assert text.looked[needles[1]] == 1  # the absent needle
    assert text.looked[needles[0]] == 300 + 1


def test_warm_up_compiles_every_trigger() -> None:
    """Triggers are compiled on first use; ``warm_up`` compiles them all, so that a
    process about to parse many texts (and its forked workers) never pays for it."""
    from ctdocs._knowledge import active
    from ctdocs.extract._domains import _compiled, _patterns
    from ctdocs.views._corpus import warm_up

    warm_up()
    pats = [p for d in _compiled(active()) for p in _patterns(d)]
    assert len(pats) > 500
    assert all(p.compiled and p.compiled[0] is p.regex for p in pats)


def test_warm_up_compiles_every_layout_cue() -> None:
    """The chrome, notice and caption cues are compiled on first use too (AnyOf); after
    ``warm_up`` every one of them is."""
    from ctdocs.layout._segment import _patterns
    from ctdocs.views._corpus import warm_up

    warm_up()
    for cues in _patterns()[:2]:
        assert len(cues._regexes) == len(cues._patterns) > 10


def _cut(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """One to four pieces of ``text``, in order, not overlapping."""
    k = min(len(text) + 1, 2 * rng.randint(1, 4)) // 2 * 2
    cuts = sorted(rng.sample(range(len(text) + 1), k))
    return list(zip(cuts[::2], cuts[1::2], strict=True))


@pytest.mark.parametrize(
    ("words", "blank"),
    [("Le Conseil de sécurité condamne l'attentat.", "\u00a0"), ("The Council condemns it.", "\t")],
)
def test_joined_long_space_equals_the_search_of_the_joined_pieces(words: str, blank: str) -> None:
    """Pieces of French and English texts joined by line breaks: the answer from the
    windows around the joins (given the whole text's) is the search of the joined text,
    also where a long run is made by the join alone (blanks ending one piece, more
    opening the next, a piece of nothing but blanks)."""
    from ctdocs.extract._domain_index import joined_long_space, long_space

    # ten blanks end the first piece, ten open the second: 21 with the join, 10 at most
    # in the text; then the same with nothing but blanks in a middle piece
    run = blank * 10
    text = words + run + words + run + words
    a, b = len(words) + 10, 2 * len(words) + 10
    cases = [(text, [(0, a), (b, len(text))]), (text, [(0, a), (a, a), (b, len(text))])]
    rng = random.Random(words)
    for _ in range(600):
        runs = [" " * rng.randint(0, 12), blank * rng.randint(1, 6), "\n", " " * 20]
        parts = [rng.choice([words, *runs[: 3 if rng.random() < 0.8 else 4]]) for _ in range(8)]
        text = "".join(parts)
        cases.append((text, _cut(text, rng)))
    made_by_join = long = 0
    for text, spans in cases:
        joined = "\n".join(text[s:e] for s, e in spans)
        want = long_space(joined)
        assert joined_long_space(joined, [e - s for s, e in spans], long_space(text)) == want
        made_by_join += want and not long_space(text)
        long += want
    assert made_by_join >= 2 and long > made_by_join  # both kinds of long run were tried


# The cue words' gate (``_domain_scope._gated_cue``): a text holding no needle of a set is
# not searched. Each row's text was checked by hand against the cue lists of domains.toml:
# True where a cue is written (a meeting's closing formulae), False where only a near word is.
_SAID = [
    ("fr", "closing", "La prochaine réunion se tiendra à Dakar en mars 2027.", True),
    ("en", "closing", "The next meeting will be held in Nairobi in March 2027.", True),
    ("fr", "closing", "Les participants ont exprimé leur profonde gratitude au Kenya.", True),
    ("en", "closing", "Participants expressed their deep gratitude to Kenya.", True),
    ("fr", "closing", "Les personnes sont tenues de se présenter au poste.", False),
    ("en", "closing", "Persons refused entry are held in the waiting zone.", False),
    ("fr", "statute", "Loi relative à la sûreté des infrastructures", True),
    ("en", "statute", "Chemical Weapons Convention Implementation Act", True),
    ("fr", "statute", "Rapport de la Commission des lois", False),
    ("en", "statute", "Report of the Joint Committee on Human Rights", False),
]


@pytest.mark.parametrize(("lang", "kind", "text", "said"), _SAID)
def test_the_gated_cue_words_find_what_the_cue_pattern_finds(
    lang: str, kind: str, text: str, said: bool
) -> None:
    from ctdocs._knowledge import fold
    from ctdocs.extract._domain_scope import _cue, _gated_cue, _says

    cue = _gated_cue(lang, kind)
    assert cue is not None and cue[1]  # the shipped cues have needles: the gate is taken
    assert cue[0] is _cue(lang, kind)
    assert _says(text, lang, kind) is said
    assert (cue[0].search(fold(text).lower()) is not None) is said


def test_the_cue_gates_pass_every_line_the_cue_patterns_match() -> None:
    from ctdocs._knowledge import fold, load_domains
    from ctdocs.extract._domain_scope import _gated_cue

    from ._speedtexts import ALL_TEXTS

    lines = {fold(x).lower() for t in ALL_TEXTS for x in t.splitlines() if x.strip()}
    lines |= {fold(text).lower() for _, _, text, _ in _SAID}
    matched = 0
    for lang, cues in load_domains().scoring.cues.items():
        for kind in type(cues).model_fields:
            cue = _gated_cue(lang, kind)
            if cue is None:
                continue
            pat, gates = cue
            for line in lines:
                if pat.search(line) is not None:
                    matched += 1
                    assert all(g.search(line) for g in gates), (lang, kind, line)
    assert matched > 300  # the lines hold cue words: the comparison is not of nothing
