"""Trigger exclusions added in session 38, each a class a blind batch's first-sight
export tagged wrongly (ho37). The rows are new wordings of each class, not the batch's
sentences: French and English side by side, each read by hand against the guidelines
(section 4), with the neighbours of the same shape that must keep their tag.

* TRAINING: "exercices" as the financial years a bidder's turnover is reckoned over
  ("chiffre d'affaires annuel moyen des trois derniers exercices"), not drills; the
  English says "financial years" and never brushed TRAINING.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._domains import tag_text

_ROWS = [
    # the turnover over financial years: no training
    (
        "fr",
        "Capacité financière : chiffre d'affaires moyen des trois derniers exercices au "
        "moins égal à 500 millions de francs CFA.",
        False,
    ),
    (
        "fr",
        "Le candidat présente le chiffre d'affaires réalisé au cours des cinq derniers "
        "exercices, certifié par un commissaire aux comptes.",
        False,
    ),
    (
        "en",
        "The bidder's average annual turnover over the last three financial years shall "
        "be at least USD 2 million.",
        False,
    ),
    # drills counted the same way, or with their years in brackets, keep their tag
    ("fr", "Les trois derniers exercices de simulation ont révélé des lacunes.", True),
    ("fr", "Lors des deux derniers exercices, les équipes cynophiles étaient engagées.", True),
    ("fr", "Les exercices (2024 et 2025) ont testé l'évacuation du terminal.", True),
    ("en", "The last three exercises (2023, 2024 and 2025) tested the evacuation.", True),
    (
        "fr",
        "Les prestataires déclarent leur chiffre d'affaires ; les exercices de crise "
        "restent gratuits pour les communes.",
        True,
    ),
    # exercises a sentence holds after naming a turnover are drills all the same
    (
        "fr",
        "Les exploitants dont le chiffre d'affaires dépasse 10 millions d'euros organisent "
        "des exercices de crise chaque année.",
        True,
    ),
    (
        "en",
        "Operators whose turnover exceeds EUR 10 million shall hold crisis exercises every year.",
        True,
    ),
    # the turnover of the last year, or of the accounting years, named otherwise
    (
        "fr",
        "Le candidat indique son chiffre d'affaires hors taxes du dernier exercice.",
        False,
    ),
    (
        "fr",
        "Le chiffre d'affaires global pour les trois derniers exercices comptables est joint.",
        False,
    ),
]


@pytest.mark.parametrize(("language", "text", "tagged"), _ROWS)
def test_financial_years_are_no_exercises(language: str, text: str, tagged: bool) -> None:
    assert ("TRAINING" in tag_text(text, language)) is tagged
