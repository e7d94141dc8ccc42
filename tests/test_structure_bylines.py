"""Lines that name persons are no headings (guidelines §1: a clause's section is the
nearest preceding unnumbered heading): the author under a part's heading, opened by a form
of address, and the members who put a question, each tagged with a group in brackets. A
heading that lists the parts of a field stays one.

Each text is written for the test in the style of a financial intelligence unit's briefing
and a parliament's written question; the expected sections were worked out by hand from
the guidelines, never copied from output.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

Lang = Literal["fr", "en"]

TEXTS = {
    "fr": """# Séance d'information sur le financement du terrorisme

## Le cadre légal

Mme Annelies Van Daele, directrice adjointe

1. La loi du 18 septembre 2017 impose une déclaration de soupçon.

## Question écrite à la Commission

Mathilde Corvaisier (Renew), Jonas Reuterholm (Renew), Elżbieta Garnowska (PPE)

2. La Commission peut-elle indiquer ses conclusions ?

Prévention, protection et réponse

3. Les trois volets sont coordonnés par le ministère.
""",
    "en": """# Briefing on terrorist financing

## The legal framework

Mr. John Okafor, Deputy Director

1. The Act of 18 September 2017 requires a suspicious transaction report.

## Written question to the Commission

Jane Whitfield (Renew), Paul Martinez (EPP), Anna Kowalska (S&D)

2. Can the Commission state its conclusions?

Prevention, protection and response

3. The three strands are coordinated by the ministry.
""",
}
SECTIONS = {
    "fr": [
        ("1", "Le cadre légal"),
        ("2", "Question écrite à la Commission"),
        ("3", "Prévention, protection et réponse"),
    ],
    "en": [
        ("1", "The legal framework"),
        ("2", "Written question to the Commission"),
        ("3", "Prevention, protection and response"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_byline_heads_no_section(lang: Lang) -> None:
    doc = parse_text(TEXTS[lang], language=lang)
    got = [(c.number, c.section) for c in doc.clauses()]
    assert got == SECTIONS[lang]


# A common-law court's judgment prints its bench in the margin of each page ("Jagot J",
# "Gageler CJ"): the names head nothing; an appendix lettered so stays a heading.
JUDGMENT = {
    "fr": """# Cour suprême de Maurice

## Les faits

1. L'appelant a acheté un drone et des précurseurs d'explosifs.
Domah J
Caunhye J

2. La police a trouvé des notes manuscrites à son domicile.

## Conclusion

3. L'appel doit être rejeté.

Appendix J

4. Les textes cités figurent ci-dessous.
""",
    "en": """# High Court of Australia

## The facts

1. The appellant bought a drone and explosive precursors.
Gageler CJ
Jagot J

2. Police found handwritten notes at his home.

## Conclusion

3. The appeal should be dismissed.

Appendix J

4. The provisions cited are set out below.
""",
}
JUDGMENT_SECTIONS = {
    "fr": [("1", "Les faits"), ("2", "Les faits"), ("3", "Conclusion"), ("4", "Appendix J")],
    "en": [("1", "The facts"), ("2", "The facts"), ("3", "Conclusion"), ("4", "Appendix J")],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_judges_margin_names_head_no_section(lang: Lang) -> None:
    doc = parse_text(JUDGMENT[lang], language=lang)
    got = [(c.number, c.section) for c in doc.clauses()]
    assert got == JUDGMENT_SECTIONS[lang]
