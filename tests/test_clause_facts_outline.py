"""A judgment's facts set out under capital letters, a letter's paragraphs under it with a
lower-case letter after a dot (``A.``, ``B.``, ``B.a``, ``B.b``, ``C.``), as the Swiss federal
courts print them: each is a clause cited as printed (``A``, ``B.a``; guidelines §1a, the
capital-letter row, its paragraphs cited under it as a decimal is under its stem), whose text
is the sentence after the letter; ``B.`` alone on its line heads its paragraphs. A report's
capital-letter headings (``A. Findings``) stay headings titled by their text.

The class was met in a Federal Criminal Court judgment (ho12); each text here is written for
the test in the style of other courts: the Federal Supreme Court in French, the Federal
Administrative Court in an English translation. The expected numbers were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

JUDGMENT = {
    "fr": """# Arrêt du 4 février 2026

### Faits :

**A.** Le 3 mai 2024, la police cantonale a interpellé X. à l'aéroport de Genève.

**B.**

**B.a** Le 7 mai 2024, le Ministère public a ouvert une instruction pénale contre X.

**B.b** Par jugement du 2 octobre 2025, le tribunal a condamné X. à deux ans.

**C.** X. forme un recours en matière pénale au Tribunal fédéral contre ce jugement.

### Considérant en droit :

**1.** Le recours est dirigé contre une décision finale rendue en matière pénale.

**2.** Le recourant conteste l'appréciation des preuves.
""",
    "en": """# Judgment of 4 February 2026

### Facts:

**A.** On 3 May 2024, the cantonal police stopped X. at Geneva airport.

**B.**

**B.a** On 7 May 2024, the State Secretariat for Migration refused to extend the permit of X.

**B.b** By judgment of 2 October 2025, the lower court dismissed the appeal of X.

**C.** X. lodged an appeal with the Federal Administrative Court against that judgment.

### Considerations:

**1.** The appeal is directed against a final decision of a federal authority.

**2.** The appellant disputes the assessment of the evidence.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_facts_outline_is_cited_as_printed(lang: str) -> None:
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["A", "B", "B.a", "B.b", "C", "1", "2"]


@pytest.mark.parametrize(
    ("lang", "number", "starts", "parent"),
    [
        ("fr", "A", "Le 3 mai 2024, la police", None),
        ("en", "A", "On 3 May 2024, the cantonal", None),
        ("fr", "B", "", None),
        ("en", "B", "", None),
        ("fr", "B.b", "Par jugement du 2 octobre", "B"),
        ("en", "B.b", "By judgment of 2 October", "B"),
    ],
)
def test_facts_outline_text_and_parent(
    lang: str, number: str, starts: str, parent: str | None
) -> None:
    doc = parse_text(JUDGMENT[lang], language=lang)  # type: ignore[arg-type]
    clauses = {c.number: c for c in doc.clauses()}
    clause = clauses[number]
    assert clause.title is None
    assert clause.text.startswith(starts)
    if starts == "":
        assert clause.text == ""
    assert clause.parent_number == parent


REPORT = {
    "fr": """RAPPORT SUR LA MENACE

I. Analyse

A. Constats

1. Les incidents ont doublé depuis 2024.

B. Évaluation

2. La menace reste modérée.

C. Perspectives

3. Une hausse est attendue en 2027.
""",
    "en": """THREAT REPORT

I. Analysis

A. Findings

1. Incidents have doubled since 2024.

B. Assessment

2. The threat remains moderate.

C. Outlook

3. A rise is expected in 2027.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_capital_headings_of_a_report_stay_headings(lang: str) -> None:
    doc = parse_text(REPORT[lang], language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert numbers == ["I", "A", "1", "B", "2", "C", "3"]  # §1a: `A. Prévention` is `A`


# The operative part of a judgment set out under roman numerals (``I.``, ``II.``) over the
# orders it numbers afresh: the romans are printed nowhere before, so they collide with
# nothing and are cited as printed (``I``), the orders under them (``I(1)``) — where the
# part's bare ``1.`` again would collide with the reasons' 1, hence ``Dispositif 1``.
OPERATIVE = {
    "fr": """# Arrêt du 4 février 2026

### En droit :

**1.** Le recours est recevable.

**2.** Il est mal fondé.

### Par ces motifs, le Tribunal prononce :

**I.**

1. Le recours est rejeté.

2. Les frais sont mis à la charge du recourant.

**II.**

Le présent arrêt est communiqué aux parties.
""",
    "en": """# Judgment of 4 February 2026

### The law:

**1.** The appeal is admissible.

**2.** It is unfounded.

### For these reasons, the Court:

**I.**

1. Dismisses the appeal.

2. Orders the appellant to pay the costs.

**II.**

This judgment is communicated to the parties.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_roman_operative_part_is_cited_as_printed(lang: str) -> None:
    doc = parse_text(OPERATIVE[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "I", "I(1)", "I(2)", "II"]
