"""An excerpt's capital-letter section headings past a cut (guidelines §1a: ``A``, ``C``
cited by their letter): concluding observations reproduced without section B go on from
``## A. Introduction`` to ``## C. Principal subjects …`` over a sub-heading and paragraph 8;
``C`` is a section heading, not text. A capital letter far past the last one over no
paragraph (a signatory's initial, ``K. ABDULLAEV``) stays a name. French and English side by
side.

Each text is written for the test; the expected numbers and titles were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

TEXT = {
    "en": """# Concluding observations on the fourth periodic report of Tajikistan

## A. Introduction

1. The Committee considered the fourth periodic report of Tajikistan at its meetings.

## C. Principal subjects of concern and recommendations

### Counter-terrorism legislation

8. The Committee is concerned that the Law on Countering Terrorism is overly broad.

## D. Follow-up procedure

41. The Committee requests the State party to provide information on follow-up.

K. ABDULLAEV
""",
    "fr": """# Observations finales concernant le quatrième rapport périodique du Tadjikistan

## A. Introduction

1. Le Comité a examiné le quatrième rapport périodique du Tadjikistan à ses séances.

## C. Principaux sujets de préoccupation et recommandations

### Législation antiterroriste

8. Le Comité est préoccupé par la portée trop large de la loi antiterroriste.

## D. Procédure de suivi

41. Le Comité demande à l'État partie de fournir des renseignements sur le suivi.

K. ABDULLAEV
""",
}
TITLES = {
    "en": (
        "Introduction",
        "Principal subjects of concern and recommendations",
        "Follow-up procedure",
    ),
    "fr": (
        "Introduction",
        "Principaux sujets de préoccupation et recommandations",
        "Procédure de suivi",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_letters_past_a_cut_are_sections(lang: str) -> None:
    doc = parse_text(TEXT[lang], language=lang)  # type: ignore[arg-type]
    a, c, d = TITLES[lang]
    got = [(x.number, x.title) for x in doc.clauses()]
    assert got == [("A", a), ("1", None), ("C", c), ("8", None), ("D", d), ("41", None)]
