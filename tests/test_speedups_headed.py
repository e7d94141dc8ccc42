"""The document symbol's heading test (:func:`._docsymbol._headed`) compiles its two
patterns, built around the symbol, only where the symbol stands after a number's mark and
closes its line (:func:`._docsymbol._marked_line_end`); cited in a sentence, the symbol is
returned bare as before, without them. French and English rows side by side, each checked
by hand against the text (guidelines §6: the kind printed with the number on its own line
is part of it)."""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import _headed, _marked_line_end


@pytest.mark.parametrize(
    ("head", "symbol", "expected"),
    [
        # a heading of capitals, the number alone on its line: the kind is kept
        ("RÉPUBLIQUE DU SÉNÉGAL\nREQUÊTE N° 014/2023\nLa Cour,", "014/2023", "REQUÊTE N° 014/2023"),
        (
            "GOVERNMENT NOTICE NO. 217 OF 2026\nThe Minister",
            "217",
            "GOVERNMENT NOTICE NO. 217 OF 2026",
        ),
        ("## ARRÊTÉ Nº 45-2026\n\nLe ministre", "45-2026", "ARRÊTÉ Nº 45-2026"),
        ("**PORT CIRCULAR No.12/2026**\n", "12/2026", "PORT CIRCULAR No.12/2026"),
    ],
)
def test_heading_keeps_the_kind(head: str, symbol: str, expected: str) -> None:
    assert _marked_line_end(head, symbol)
    assert _headed(head, symbol, head) == expected


@pytest.mark.parametrize(
    ("head", "symbol"),
    [
        # cited in a sentence: the line runs on past the number (no pattern is compiled)
        ("Le décret n° 2024-251 du 25 mars 2024 relatif à la sécurité", "2024-251"),
        ("Under Act No. 12 of the Parliament, the Minister may", "12"),
        # on a line of its own but with no mark before it
        ("Référence : 2024-251\nLe ministre", "2024-251"),
        ("Reference 12/2026\nThe Board", "12/2026"),
        # the symbol nowhere in the head
        ("DÉCRET N° 2024-252\n", "2024-251"),
        ("NOTICE NO. 13\n", "12"),
    ],
)
def test_sentence_keeps_the_bare_number(head: str, symbol: str) -> None:
    assert not _marked_line_end(head, symbol)
    assert _headed(head, symbol, head) == symbol


@pytest.mark.parametrize(
    ("head", "symbol", "expected"),
    [
        # the second occurrence is the heading's: every occurrence is looked at
        ("Vu le décret n° 2024-251 du 25 mars\nDÉCRET N° 2024-251\n", "2024-251", True),
        ("Under Notice No. 217 of the Board\nNOTICE NO. 217\n", "217", True),
        # a tail that is not a year closes no heading
        ("DÉCRET N° 2024-251 RELATIF\n", "2024-251", False),
        ("NOTICE NO. 217 OF THE BOARD\n", "217", False),
    ],
)
def test_marked_line_end_reads_every_occurrence(head: str, symbol: str, expected: bool) -> None:
    assert _marked_line_end(head, symbol) is expected
