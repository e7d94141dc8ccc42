"""PrefixQuotes answers what _still_quoted answers of each prefix, reading the text once.

The rows are French and English lines with quotations of every kind the inline readers
meet (guillemets, curly and straight double quotes, an amending act's single quotes that
open the line and close after a mark), checked at every position against the prefix-wise
answer; a random sweep over the quote marks and their neighbours covers what the rows miss.
"""

from __future__ import annotations

import random

import pytest

from ctdocs.structure._prefixquotes import PrefixQuotes
from ctdocs.structure._sequences import _still_quoted

ROWS = [
    ("fr", "Aux termes du F de l'article 1er : « … a) les actes ; b) les biens » ; c) la suite."),
    ("en", "Section 2 provides: “(a) acts; (b) property” and (c) the rest."),
    ("fr", "« (4) ci-après « CRF », a) le service ; b) la cellule » puis c) fin"),
    ("en", 'He said "(a) one; (b) two" then (c) three "and (d) four'),
    ("fr", "‘(fa) la fabrication ; (fb) le transfert ;’ ; (fc) la suite"),
    ("en", "'Article 11a (a) the holder; (b) the agent.' (c) the owner"),
]


@pytest.mark.parametrize(("lang", "text"), ROWS, ids=[f"{r[0]}{k}" for k, r in enumerate(ROWS)])
def test_every_prefix_as_read_afresh(lang: str, text: str) -> None:
    quotes = PrefixQuotes(text)
    got = [quotes.quoted(pos) for pos in range(len(text) + 1)]
    assert got == [_still_quoted(text[:pos], False) for pos in range(len(text) + 1)]


def test_random_texts_of_quote_marks() -> None:
    rng = random.Random(28)
    alphabet = "\"“”«»'’‘.;:,!?)… (ax"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        quotes = PrefixQuotes(text)
        for pos in sorted(rng.sample(range(len(text) + 1), k=min(5, len(text) + 1))):
            assert quotes.quoted(pos) == _still_quoted(text[:pos], False), (text, pos)


def test_a_position_behind_the_last_is_read_afresh() -> None:
    text = "« a) un ; b) deux » c) trois"
    quotes = PrefixQuotes(text)
    assert quotes.quoted(len(text)) is False
    assert quotes.quoted(8) is True  # inside the guillemets, asked after the end
