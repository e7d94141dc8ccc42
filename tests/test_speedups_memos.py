"""Memos of per-word work and the actor trie's shape give the answers of the plain calls.

A word's key in the lower-case readers is cached by word, a body's head noun by surface
within one walk of the mentions, the date tokens' compare forms by distinct token: each
is checked here against the uncached call on French and English text side by side.
"""

from __future__ import annotations

import pytest

from ctdocs._knowledge import fold
from ctdocs.extract._actors import get_matcher
from ctdocs.extract._dategrammar import _norm, _Tokens
from ctdocs.extract._unlinked_english import key
from ctdocs.extract._unlinked_heads import _BODY_KINDS, _head, _named_heads, _words

_TEXTS = {
    "fr": (
        "Le Comité contre le terrorisme et la Direction exécutive du Comité contre le "
        "terrorisme ont reçu l\u2019Office des Nations Unies contre la drogue et le crime ; "
        "le Comité contre le terrorisme a salué la Cour pénale internationale le 3 mars 2021, "
        "et le 3 mars 2021 encore la Cour pénale internationale."
    ),
    "en": (
        "The Counter-Terrorism Committee and the Counter-Terrorism Committee Executive "
        "Directorate met the United Nations Office on Drugs and Crime; the Counter-Terrorism "
        "Committee thanked the International Criminal Court on 3 March 2021, and on "
        "3 March 2021 the International Criminal Court again."
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_cached_word_keys_equal_the_fold(lang: str) -> None:
    words = _TEXTS[lang].replace(";", " ").split() * 2  # each word asked twice
    words += ["l\u2019Office", "L'OFFICE", "Pénale", "PÉNALE", "Straße", "İstanbul"]
    for w in words:
        assert key(w) == fold(w.replace("\u2019", "'")).casefold()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_head_nouns_by_surface_equal_one_call_per_mention(lang: str) -> None:
    text = _TEXTS[lang]
    folded = fold(text)
    matcher = get_matcher()
    hits = matcher.find(text, folded=folded)
    hits += hits  # every surface again: the memo answers the second time
    heads, joins = _words()[:2]
    got = list(_named_heads(folded, hits, matcher.entries, {}))
    plain = []
    for h in hits:
        entry = matcher.entries.get(h.actor_id)
        if entry is None or entry.kind not in _BODY_KINDS:
            continue
        surface = folded[h.start : h.end]
        head = _head(surface, heads, joins)
        if head is not None and head != surface.casefold():
            plain.append((h, head))
    assert got == plain
    assert len({h.actor_id for h, _ in got}) >= 2  # the rows read several bodies


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_date_token_forms_equal_one_norm_per_token(lang: str) -> None:
    text = _TEXTS[lang] * 3
    t = _Tokens(text, 0, len(text))
    assert t.norm == [_norm(r) for r in t.raw]
    assert "mars" in t.norm or "march" in t.norm
