"""Whether a slice of a document holds a white-space run too long for the triggers'
search windows (``ctdocs.extract._domain_texts.LongRuns``): the same answer as
``long_space`` of the slice. French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domain_index import SPACE_REACH, long_space
from ctdocs.extract._domain_texts import LongRuns

GAP = " " * (SPACE_REACH + 1)  # the shortest run that counts
SHORT = " " * SPACE_REACH  # one too short


@pytest.mark.parametrize(
    "text",
    [
        f"Article 1{GAP}La surete des ports.{SHORT}Article 2 Les aeroports.",
        f"Section 1{GAP}Port security.{SHORT}Section 2 Airports.",
        f"financement{SHORT}du{GAP}\n\t terrorisme",
        f"financing{SHORT}of{GAP}\n\t terrorism",
        "la menace terroriste, sans longue lacune",
        "the terrorist threat, without a long gap",
    ],
)
def test_a_slice_holds_a_long_run_iff_long_space_finds_one_there(text: str) -> None:
    runs = LongRuns(text)
    for s in range(len(text) + 1):
        for e in range(s, len(text) + 1):
            assert runs.within(s, e) == long_space(text[s:e]), (s, e)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"la surete{GAP}des ports", True),
        (f"port{GAP}security", True),
        (f"la surete{SHORT}des ports", False),
        (f"port{SHORT}security", False),
    ],
)
def test_the_whole_text(text: str, want: bool) -> None:
    assert LongRuns(text).within(0, len(text)) is want
