"""A trigger opening on an alternation of words is tried only where one of them occurs
(``ctdocs.extract._domain_heads``): the words read off the pattern, and the scan finding
the same matches as the regex engine's search. French and English side by side; the
expected words read off each pattern by hand.
"""

from __future__ import annotations

import re

import pytest

from ctdocs.extract._domain_heads import HeadScan, head_words
from ctdocs.extract._domain_index import prepare


@pytest.mark.parametrize(
    ("pattern", "want"),
    [
        # an alternation of words opens every match
        (r"(echang|partag)\w* de donnees", ("echang", "partag")),
        (r"(shar|exchang)\w* (of )?data", ("exchang", "shar")),
        # the optional tail of a word ends its opening ("informations?" -> "information")
        (r"(informations?|donnees) sur", ("donnees", "information")),
        (r"(security|terrorism|operations?) at sea", ("operation", "security", "terrorism")),
        # three letters are enough to look for ("eau", "sea"); two are not ("de", "du")
        (r"(energie|eau) potable", ("eau", "energie")),
        (r"(land|sea) border", ("land", "sea")),
        (r"(de|du) nos ports", None),
        (r"(to|by) sea", None),
        # one word, or words opening alike: the engine skips ahead to them on its own
        (r"renseignement", None),
        (r"scien(ce|ces|tific)", None),
        # an optional opening: not known
        (r"(elements? de )?preuves? du champ", None),
        (r"(critical )?infrastructure", None),
    ],
)
def test_the_words_every_match_opens_with(pattern: str, want: tuple[str, ...] | None) -> None:
    assert head_words("(?:" + prepare(pattern, lower=True) + r")\b", 0) == want


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (
            r"(echang|partag)\w*[^.;:]{0,40}?(informations?|donnees)",
            "le partage rapide. echanger des donnees, partager les informations et echanges",
        ),
        (
            r"(shar|exchang)\w*[^.;:]{0,40}?(information|data)",
            "sharing quickly. exchange of data, share the information and exchanges",
        ),
        (
            r"(informations?|donnees) (sur|relatives)",
            "donnees; informations sur, donnees relatives",
        ),
        (r"(security|terrorism) at sea", "maritime security at sea and terrorism at  sea security"),
    ],
)
def test_a_scan_from_the_opening_words_finds_what_the_engine_finds(pattern: str, text: str) -> None:
    regex = re.compile("(?:" + prepare(pattern, lower=True) + r")\b")
    heads = head_words(regex.pattern, 0)
    assert heads is not None
    scan = HeadScan(regex, text, heads)
    got, want = [], []
    for pos in range(len(text) + 1):  # rising positions, as _finditer asks
        m = scan.search(pos)
        got.append(None if m is None else m.span())
        m = regex.search(text, pos)
        want.append(None if m is None else m.span())
    assert got == want
    assert any(w is not None for w in want)
