"""Provisions of other acts that an article quotes to amend them (guidelines §1: their text
is content, their numbers are not the document's), French and English side by side: a
cantonal law in Markdown sets the amending text in a blockquote under the alinéa that
introduces it (``> **Art. 21, al. 4 (nouveau)**``); the quote is that alinéa's text, and the
article's next alinéa is still the article's.

Each text is written for the test; the expected values were worked out by hand from the
annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

LAW = {
    "fr": """## Chapitre III Dispositions finales

### Art. 7 Modifications à d'autres lois

<sup>1</sup> La loi sur la police, du 9 septembre 2030, est modifiée comme suit :

> **Art. 21, al. 4 (nouveau)**
> <sup>4</sup> Elle exécute les mesures de lutte contre le terrorisme.

<sup>2</sup> La loi sur l'information du public, du 5 octobre 2031, est modifiée comme suit :

> **Art. 35, al. 5 (nouveau)**
> <sup>5</sup> La cellule peut communiquer des données aux autorités.

### Art. 8 Entrée en vigueur

Le Conseil d'État fixe la date d'entrée en vigueur de la présente loi.
""",
    "en": """## Chapter III Final provisions

### Art. 7 Amendments to other acts

<sup>1</sup> The Police Act of 9 September 2030 is amended as follows:

> **Art. 21, para. 4 (new)**
> <sup>4</sup> It carries out the measures against terrorism.

<sup>2</sup> The Public Information Act of 5 October 2031 is amended as follows:

> **Art. 35, para. 5 (new)**
> <sup>5</sup> The unit may pass data to the authorities.

### Art. 8 Commencement

The Council of State sets the date on which this Act comes into force.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quoted_amendments_leave_the_article_open(lang: str) -> None:
    doc = parse_text(LAW[lang], language=lang, layout="markdown")  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers == [
        "Chapter III",
        "Article 7",
        "Article 7(1)",
        "Article 7(2)",
        "Article 8",
    ]


@pytest.mark.parametrize(("lang", "quoted"), [("fr", "Art. 21, al. 4"), ("en", "Art. 21, para. 4")])
def test_the_quoted_provision_is_the_alineas_text(lang: str, quoted: str) -> None:
    doc = parse_text(LAW[lang], language=lang, layout="markdown")  # type: ignore[arg-type]
    first = next(c for c in doc.clauses() if c.number == "Article 7(1)")
    assert quoted in first.text
    assert all(c.section is None for c in doc.clauses())
