"""Rows of the text read as menus: a line cut into columns by wide gaps, right under an
open line of the text, that names no page tool is the text's own row.

A page's menu and a PDF's table row, signature block or letterhead look alike once
copied as text: short capitalised items parted by wide gaps ("Print   Email   Share",
"Le Président   Les Conseillers   Le Greffier"). The menu rule (:func:`._furniture.is_menu`)
reads both as navigation. What a menu holds that the text's rows do not is the page's
tools: its items name them (``interface_words`` of ``layout.toml``: print, share, home,
accueil, imprimer …), or it is cut by a menu's marks (bars, angle quotes, middle dots, brackets).
And a menu stands among the page's chrome at its head or foot, where a row of the text
stands under a line of the text itself (a court's closing formula over its bench, a
table's lead-in over its rows, a circular's "Le Ministre … à" over its addressees).

A line under an open line of the text, cut by gaps only, with no interface word (one in
twenty at most: a long row may name one in passing), no label (a colon: a record's
field), no web address, no tabs' counts, no folio at its end (a running line), not
shattered (a title's letters or a diagram's labels set apart) and not printed twice on
the page is given back to the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from .._knowledge import load_layout
from ._furniture import is_menu_at
from ._linekeys import WEB_RE
from ._unit import Unit

__all__ = ["give_back_body_rows", "menu_at"]

# A menu's own marks beside its gaps: bars, arrows, middle dots, brackets, a trail's slash
_MENU_MARKS = frozenset("|>/\u203a\u00b7[]<:")
# A menu is made of the page's tools; a long row of the text may name one in passing
# ("assurer le partage du renseignement"): one word in twenty at most
_UI_SHARE = 20
_PROSE_WORDS = 10  # a sentence of the text, not a heading or a site's name
_SHARD = 2  # letters of a piece of a shattered word
# A page's tabs count what each holds ("Résumé (1)   Texte (2)   Votes (3)"): a menu
_TAB_COUNT_RE = re.compile(r"\(\d{1,4}\)")
# A running line closes on its folio ("… Terrorism in Prisons   1")
_FOLIO_END_RE = re.compile(r"\s\d{1,3}$")


@cache
def _interface_words() -> frozenset[str]:
    """Every language's interface words, case-folded (a menu may be in another language
    than the text: "English   Français")."""
    model = load_layout().boilerplate
    if model is None:
        return frozenset()
    return frozenset(w.casefold() for ws in model.interface_words.values() for w in ws)


def _shattered(u: Unit) -> bool:
    """Most of its tokens are one or two letters: a title set letter by letter, or a
    diagram's labels read across by a PDF's text layer ("Vulnérabilités   er ro ri s s
    te"), not a row."""
    tokens = u.text.split()
    return 2 * sum(len(t) <= _SHARD for t in tokens) > len(tokens)


def _row_of_text(u: Unit, above: Unit) -> bool:
    """Whether the navigation line ``u`` under ``above`` is the text's row (see module)."""
    if above.noise is not None or above.nav or u.nav or not u.gaps:
        return False
    if any(c in _MENU_MARKS for c in u.text) or WEB_RE.search(u.text):
        return False
    if _FOLIO_END_RE.search(u.text) or _shattered(u):
        return False
    if 2 * len(_TAB_COUNT_RE.findall(u.text)) > len(u.gaps) + 1:
        return False  # (tabs with their counts in most of its columns)
    ui = _interface_words()
    words = u.alphas()
    return _UI_SHARE * sum(w in ui for w in words) <= len(words)


def _cells(u: Unit) -> frozenset[str]:
    """A line's columns, folded: a page's tab bar printed again down the page keeps them,
    in any order ("Table des matières   Texte   Début", "Texte   Table des matières
    Début")."""
    cuts = [0, *u.gaps, len(u.text)]
    return frozenset(u.text[a:b].strip().casefold() for a, b in pairwise(cuts))


def give_back_body_rows(units: Sequence[Unit]) -> None:
    """Navigation lines that are rows of the text, under an open line of it, back to the
    text (see module); not a bar the page prints twice, with the same columns: a
    text's row stands once."""
    seen = Counter(_cells(u) for u in units if u.gaps)
    for i in range(1, len(units)):
        u = units[i]
        if u.noise == "navigation" and _row_of_text(u, units[i - 1]) and seen[_cells(u)] < 2:
            u.noise = None


def _prose_above(units: Sequence[Unit], i: int) -> bool:
    """Whether an open sentence of the text stands above the i-th line: the menu rule runs
    before the scorer has set the page's head aside, so a line over a row at the page's
    head may still be a site's name ("Fedlex – La plateforme …"); a row under the text's
    prose is inside the text."""
    return any(
        v.noise is None and v.words() >= _PROSE_WORDS and v.text.rstrip()[-1:] in ".;:"
        for v in units[:i]
    )


def menu_at(units: Sequence[Unit], i: int) -> bool:
    """:func:`._furniture.is_menu_at`, unless the line is a row of the text under an open
    line of it (see module), decided as the menu rule reads the page: a row set aside there
    would make the page's short head lines read as a site's chrome around its menu."""
    if not is_menu_at(units, i):
        return False
    if i == 0 or not _row_of_text(units[i], units[i - 1]) or not _prose_above(units, i):
        return True
    cells = _cells(units[i])
    return sum(1 for v in units if v.gaps and _cells(v) == cells) > 1
