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

An open line does not close a sentence, or closes one a closing formula opens
(``closing_formulas`` of ``layout.toml``: "En foi de quoi, … et le Greffier."); under any
other closed sentence a row is the page's (a news page's tags under its last paragraph).

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

__all__ = ["MenuRows", "give_back_body_rows"]

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
# A line closing a sentence: a full stop (not an ellipsis: "Le ou la..." runs on), ! or ?
_CLOSED_RE = re.compile(r"(?:(?<!\.)\.|[!?])[\"'\u00bb\u201d)\]]*\s*$")
_SENTENCE_LINES = 6  # lines a closing formula's sentence may run over


@cache
def _interface_words() -> frozenset[str]:
    """Every language's interface words, case-folded (a menu may be in another language
    than the text: "English   Français")."""
    model = load_layout().boilerplate
    if model is None:
        return frozenset()
    return frozenset(w.casefold() for ws in model.interface_words.values() for w in ws)


@cache
def _closing_formulas() -> tuple[str, ...]:
    """Every language's openings of a closing formula, case-folded."""
    model = load_layout().boilerplate
    if model is None:
        return ()
    return tuple(w.casefold() for ws in model.closing_formulas.values() for w in ws)


def _open_above(units: Sequence[Unit], i: int) -> bool:
    """Whether the line over the i-th is open (see module): it does not close a sentence,
    or the sentence it closes, over a few lines of the text, opens on a closing formula."""
    j = i - 1
    if not _CLOSED_RE.search(units[j].text):
        return True
    while j > 0 and i - j < _SENTENCE_LINES:
        v = units[j - 1]
        if v.noise is not None or _CLOSED_RE.search(v.text):
            break
        j -= 1
    formulas = _closing_formulas()
    return any(units[k].text.lstrip().casefold().startswith(formulas) for k in range(j, i))


def _shattered(u: Unit) -> bool:
    """Most of its tokens are one or two letters: a title set letter by letter, or a
    diagram's labels read across by a PDF's text layer ("Vulnérabilités   er ro ri s s
    te"), not a row."""
    tokens = u.text.split()
    return 2 * sum(len(t) <= _SHARD for t in tokens) > len(tokens)


def _row_of_text(units: Sequence[Unit], i: int) -> bool:
    """Whether the i-th line, read as navigation, is the text's row (see module)."""
    u, above = units[i], units[i - 1]
    if above.noise is not None or above.nav or u.nav or not u.gaps:
        return False
    if not _open_above(units, i):
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
        if u.noise == "navigation" and _row_of_text(units, i) and seen[_cells(u)] < 2:
            u.noise = None


class MenuRows:
    """:func:`._furniture.is_menu_at` over one page, unless the line is a row of the text
    under an open line of it (see module), decided as the menu rule reads the page: a row
    set aside there would make the page's short head lines read as a site's chrome around
    its menu. Called for the page's lines in order; what it reads of the whole page (the
    columns of its gapped rows, whether a sentence of the text stands above) is gathered
    once, not again for each line (that was quadratic in the page's rows)."""

    __slots__ = ("_prose", "_scanned", "_seen", "_units")

    def __init__(self, units: Sequence[Unit]) -> None:
        self._units = units
        self._seen: Counter[frozenset[str]] | None = None
        self._scanned = 0  # lines read so far for an open sentence of the text
        self._prose = False

    def __call__(self, i: int) -> bool:
        units = self._units
        if not is_menu_at(units, i):
            return False
        if i == 0 or not _row_of_text(units, i) or not self._prose_above(i):
            return True
        if self._seen is None:
            self._seen = Counter(_cells(v) for v in units if v.gaps)
        return self._seen[_cells(units[i])] > 1

    def _prose_above(self, i: int) -> bool:
        """Whether an open sentence of the text stands above the i-th line: the menu rule
        runs before the scorer has set the page's head aside, so a line over a row at the
        page's head may still be a site's name ("Fedlex – La plateforme …"); a row under
        the text's prose is inside the text. The lines above are read once: the rule sets
        a line's noise only as it reaches it, so what it read of them holds."""
        while not self._prose and self._scanned < i:
            v = self._units[self._scanned]
            self._scanned += 1
            self._prose = (
                v.noise is None and v.words() >= _PROSE_WORDS and v.text.rstrip()[-1:] in ".;:"
            )
        return self._prose
