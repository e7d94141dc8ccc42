"""Ordinary prose the last review found misread, French and English side by side; each
row's expected value is checked by hand against the annotation guidelines (the section
named on each test)."""

from __future__ import annotations

import pytest

from ctdocs import parse_text


# §6: the symbol as printed, which the full stop of the sentence or line it ends is no part
# of; an abbreviation closing a number keeps its own full stop
@pytest.mark.parametrize(
    ("language", "line", "want"),
    [
        ("fr", "Document n° CNB/GUIDE-LCBFT/2025.", "CNB/GUIDE-LCBFT/2025"),
        ("fr", "Réf. CNB/GUIDE-LCBFT/2025.", "CNB/GUIDE-LCBFT/2025"),
        ("en", "Ref. FCA/GUIDE-CTF/2025.", "FCA/GUIDE-CTF/2025"),
        ("en", "Guidance No. FCA/GUIDE-CTF/2025.", "FCA/GUIDE-CTF/2025"),
        ("fr", "Déclaration n° CMF/SE/2025/Décl.", "CMF/SE/2025/Décl."),
        ("en", "Document No. CMF/SE/2025/Decl.", "CMF/SE/2025/Decl."),
    ],
)
def test_a_symbol_ends_on_no_sentence_stop(language: str, line: str, want: str) -> None:
    if language == "fr":
        text = (
            f"Guide\n\n12 mai 2025\n\n{line}\n\nLe guide porte sur le financement du terrorisme.\n"
        )
    else:
        text = f"Guide\n\n12 May 2025\n\n{line}\n\nThe guidance covers terrorist financing.\n"
    assert parse_text(text, language=language).symbol == want
