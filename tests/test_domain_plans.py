"""The domain tagger's plan looked up in the book kept across documents
(``_domain_plans.PlanBook``) equals the plan worked out trigger by trigger for the
document, as ``DocumentTagger`` did before the book: French and English texts side
by side, with and without the triggers that depend on the document (an exact-case
acronym such as ``DEEP`` or ``SSR``, the short needles of "R&D")."""

from __future__ import annotations

import pytest

from ctdocs._knowledge import active, fold
from ctdocs.extract._domain_plans import depends_on_document
from ctdocs.extract._domain_texts import _Texts
from ctdocs.extract._domains import (
    DocumentTagger,
    _is_indexed,
    _leans_of,
    _ordered,
    _Pattern,
    _plan_book,
    _reported,
)


def _live_one_by_one(
    pats: list[_Pattern], lower: str, folded: str, indexed: set[int]
) -> list[_Pattern]:
    """The plan's triggers of one group worked out trigger by trigger (the rule before the
    book, written out plainly)."""
    out = []
    for p in pats:
        needles = [n for c in p.checks for n in c]
        if p.cased and not any(ch.isspace() for n in needles for ch in n):
            if all(any(n in folded for n in c) for c in p.checks):
                out.append(p)
        elif p.portable is None:
            out.append(p)
        elif _is_indexed(p):
            out.append(p)
            indexed.add(id(p))
        elif any(n in lower for n in p.portable):
            out.append(p)
    return out


_Base = tuple[str, tuple[_Pattern, ...], list[_Pattern], list[_Pattern], bool]


def _expected(text: str, language: str) -> tuple[list[object], list[_Base], dict[int, object]]:
    texts = _Texts.of(text)
    kb = active()
    indexed: set[int] = set()
    plan = [
        (
            d.code,
            tuple(_live_one_by_one(list(d.exclude), texts.lower, texts.cased, indexed)),
            _live_one_by_one(_ordered(d.strong, language), texts.lower, texts.cased, indexed),
            _live_one_by_one(_ordered(d.weak, language), texts.lower, texts.cased, indexed),
        )
        for d in _reported(kb)
    ]
    lean = _leans_of(kb)
    bases: list[_Base] = []
    where: dict[int, object] = {}
    for i, (c, ex, st, wk) in enumerate(plan):
        for g, pats in enumerate((ex, st, wk)):
            for p in pats:
                if id(p) in indexed:
                    where[id(p)] = (i, g, lean[id(p)])
        ex0, st0, wk0 = ([p for p in pats if id(p) not in indexed] for pats in (ex, st, wk))
        bases.append((c, tuple(ex0), st0, wk0, bool(st0 or wk0)))
    return list(plan), bases, where


_TEXTS = [
    (
        "Le programme DEEP de l'OTAN et la réforme du secteur de la sécurité.",
        "The NATO DEEP programme and security sector reform (SSR).",
    ),
    (
        "La R&D sur les drones ; le programme de travail DAT contre le terrorisme.",
        "Defence R&D on drones; the DAT programme of work against terrorism.",
    ),
    (
        "Le Port de Marseille et la sûreté maritime.",
        "Port of Halifax and maritime security.",
    ),
    ("Aucun déclencheur ici.", "No trigger here at all."),
]


@pytest.mark.parametrize(("fr", "en"), _TEXTS)
def test_plan_from_the_book_equals_the_plan_worked_out_trigger_by_trigger(fr: str, en: str) -> None:
    for text, language in ((fr, "fr"), (en, "en")):
        tagger = DocumentTagger(text)
        plan, bases, where = _expected(text, language)
        assert tagger._plan(language) == plan
        assert tagger._bases[language] == bases
        assert tagger._where[language] == where
        assert tagger._always[language] == [(c, ex, st, wk) for c, ex, st, wk, a in bases if a]


def test_some_triggers_depend_on_the_document_and_change_its_plan() -> None:
    """The texts above hold (or lack) the triggers that depend on the document: their
    plans differ, and two documents holding the same ones share one plan."""
    book = _plan_book(active())
    plans = {}
    for fr, en in _TEXTS:
        for text, language in ((fr, "fr"), (en, "en")):
            f = fold(text)
            plans[(text, language)] = book.plan(language, f.lower(), f)
    assert any(depends_on_document(p) for d in _reported(active()) for p in d.exclude)
    assert plans[(_TEXTS[0][0], "fr")].plan != plans[(_TEXTS[3][0], "fr")].plan
    assert plans[(_TEXTS[0][1], "en")].plan != plans[(_TEXTS[3][1], "en")].plan
    again = fold("Rien du tout.")
    assert book.plan("fr", again.lower(), again) is plans[(_TEXTS[3][0], "fr")]


def test_a_triggers_window_is_worked_out_once_and_equals_a_fresh_one() -> None:
    """``_Pattern.near`` is kept on the trigger (shared with its lean copy), equal to the
    window worked out afresh, and a copy that may not be windowed has none."""
    import dataclasses

    from ctdocs.extract._domain_index import window

    pats = [p for d in _reported(active()) for p in (*d.exclude, *d.strong["fr"], *d.strong["en"])]
    windowed = [p for p in pats if p.near is not None]
    assert windowed
    for p in windowed[:50]:
        assert p.needles is not None
        assert p.near is p.near
        assert p.near == window(p.source, p.flags, p.needles)
        assert dataclasses.replace(p, checks=()).near is p.near
        assert dataclasses.replace(p, windowed=False).near is None
