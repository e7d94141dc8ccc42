"""A rule of underscores in a plain-text transcript: a short one (a part of the page's
width) sets the notes at a page's foot apart, so the numbered lines below it are notes; one
as wide as the page runs under a running head or between parts, and the numbered
paragraphs below it stay clauses (``3.6   Coordination. …`` after a page break, heldout24
gold).

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines (§1: footnote marks are not clauses).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

_LINES = {
    "fr": (
        "Rapport de la commission permanente de l'Intérieur\n\n1.    INTRODUCTION\n\n"
        "1.1   La commission s'est réunie quatre fois en 2031 et a entendu le ministère.\n\n"
        "1.2   Financement. La cellule a reçu 2 184 déclarations de soupçon\nen 2030.\n\n",
        "1.3   Coordination. La direction n'était pas opérationnelle à la date\ndu rapport.\n\n"
        "1.4   Suivi. Le ministère rendra compte à la commission dans les quatre-vingt-dix "
        "jours.\n",
    ),
    "en": (
        "Report of the Standing Committee on Interior\n\n1.    INTRODUCTION\n\n"
        "1.1   The Committee met four times in 2031 and heard the Ministry.\n\n"
        "1.2   Financing. The unit reported 2,184 suspicious transaction reports\nin 2030.\n\n",
        "1.3   Coordination. The Directorate had not become functional by the date\nof this "
        "report.\n\n"
        "1.4   Follow-up. The Ministry shall report to the Committee within ninety days.\n",
    ),
}


def _numbers(lang: str, width: int) -> list[str]:
    above, below = _LINES[lang]
    doc = parse_text(above + "_" * width + "\n\n" + below, language=lang)  # type: ignore[arg-type]
    return [c.number for c in doc.clauses()]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_rule_as_wide_as_the_page_sets_no_notes_apart(lang: str) -> None:
    assert _numbers(lang, 75) == ["1", "1.1", "1.2", "1.3", "1.4"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_rule_sets_the_notes_below_it_apart(lang: str) -> None:
    assert _numbers(lang, 20) == ["1", "1.1", "1.2"]
