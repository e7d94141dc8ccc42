"""Numbering checks (ctdocs.views._validate) in the number spaces of articles and chapters.

Paragraph 1 of Article 5 and paragraph 1 of Article 6 are different clauses
(Article 5(1), Article 6(1)): no false duplicate; a paragraph missing inside an
article, or an article or chapter missing from a sequence, is a gap.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.views._validate import check_numbering

CLEAN = {
    "en": """Article 5

1. Each State Party shall establish its jurisdiction.

2. Each State Party shall take the necessary measures.

Article 6

1. Upon being satisfied that the circumstances so warrant, a State Party shall act.

2. The custody shall be notified without delay.
""",
    "fr": """Article 5

1. Chaque État partie établit sa compétence.

2. Chaque État partie prend les mesures nécessaires.

Article 6

1. S'il estime que les circonstances le justifient, l'État partie agit.

2. La détention est notifiée sans délai.
""",
}

GAP_IN_ARTICLE = {
    "en": CLEAN["en"].replace("2. The custody", "3. The custody"),
    "fr": CLEAN["fr"].replace("2. La détention", "3. La détention"),
}

GAP_IN_CHAPTERS = {
    "en": """Chapter I – General provisions

Article 1

This Convention applies to terrorist offences.

Chapter III – Final provisions

Article 2

This Convention shall enter into force on ratification.
""",
    "fr": """Chapitre I – Dispositions générales

Article 1

La présente Convention s'applique aux infractions terroristes.

Chapitre III – Dispositions finales

Article 2

La présente Convention entre en vigueur à sa ratification.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_paragraph_1_of_two_articles_is_no_duplicate(lang: str) -> None:
    doc = parse_text(CLEAN[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == [
        "Article 5",
        "Article 5(1)",
        "Article 5(2)",
        "Article 6",
        "Article 6(1)",
        "Article 6(2)",
    ]
    assert check_numbering(doc) == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_gap_inside_an_article_is_reported(lang: str) -> None:
    problems = check_numbering(parse_text(GAP_IN_ARTICLE[lang], language=lang))  # type: ignore[arg-type]
    assert [(p.number, p.message) for p in problems] == [
        ("Article 6(3)", "gap before clause Article 6(3): 1 number(s) missing after Article 6(1)")
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_gap_between_chapters_is_reported(lang: str) -> None:
    problems = check_numbering(parse_text(GAP_IN_CHAPTERS[lang], language=lang))  # type: ignore[arg-type]
    assert [p.number for p in problems] == ["Chapter III"]
