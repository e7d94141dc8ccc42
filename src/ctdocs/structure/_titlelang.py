"""Whether a head line is in another language than the text's (ctdocs.structure._title):
a republisher's English header over a French act is no candidate for the act's title.
Kept apart from the title chooser, which reads only a line's shape."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from .._knowledge import load_layout
from ..layout import Unit
from ._language import detect_language
from ._titlelines import WORD

__all__ = ["foreign_test"]


@cache
def _own_stops() -> dict[str, str]:
    """The language of each function word that no other language shares ("the", "les")."""
    bp = load_layout().boilerplate
    langs: dict[str, set[str]] = {}
    for k, ws in bp.stop_words.items() if bp else ():
        for w in ws:
            langs.setdefault(w, set()).add(k)
    return {w: next(iter(ks)) for w, ks in langs.items() if len(ks) == 1}


def foreign_test(units: Sequence[Unit]) -> Callable[[str], bool]:
    """Whether a line is in another language than the text's (a republisher's English
    header over a French act): two function words that only another language has."""
    own = _own_stops()
    text_lang: list[str] = []

    def foreign(text: str) -> bool:
        ws = WORD.findall(text.lower())  # (found once: both tests read them)
        langs = {own[w] for w in ws if w in own}
        if len(langs) != 1 or sum(w in own for w in ws) < 2:
            return False  # too few function words to tell, or mixed
        if not text_lang:  # read only when a line asks
            text_lang.append(detect_language(" ".join(u.text for u in units[:50] if not u.noise)))
        return langs != {text_lang[0]}

    return foreign
