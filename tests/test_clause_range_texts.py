"""A range of provisions a consolidation prints as one entry (ctdocs.structure._spaces,
``share_range_text``), French and English side by side: ``3.1 to 3.4`` over
``[Repealed, SOR/2004-160, s. 3]``, ``(2) and (3) [Repealed, …]`` on one line. Each number
of the range is a clause (guidelines §1a), and the one note printed for the whole range is
each number's text, the first's as well as the last's.

The texts are written for the test; the expected numbers and texts were worked out by hand
from the guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _texts(text: str, lang: str) -> dict[str, str]:
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: c.text for c in doc.clauses()}


HEADED = {
    "en": """### 3 Prohibition

No person shall export any arms to a listed person.

### 3.1 to 3.4

[Repealed, SOR/2004-160, s. 3]

### 4 Embargo

No person shall provide technical assistance to a listed person.
""",
    "fr": """### 3 Interdiction

Il est interdit d'exporter des armes à une personne inscrite.

### 3.1 à 3.4

[Abrogés, DORS/2004-160, art. 3]

### 4 Embargo

Il est interdit de fournir une aide technique à une personne inscrite.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_both_ends_of_a_headed_range_read_its_note(lang: str) -> None:
    """``### 3.1 to 3.4`` over its note: 3.1 and 3.4 both read it; 4 keeps its own text."""
    got = _texts(HEADED[lang], lang)
    note = {"en": "[Repealed, SOR/2004-160, s. 3]", "fr": "[Abrogés, DORS/2004-160, art. 3]"}
    assert got["3.1"] == got["3.4"] == note[lang]
    assert got["4"].startswith({"en": "No person shall provide", "fr": "Il est interdit de"}[lang])


INLINE = {
    "en": """## List

### 2

(1) A person whose name is listed in the schedule is a listed person.

(2) and (3) [Repealed, SOR/2006-165, s. 3]

(4) Any person may apply to be removed from the list.
""",
    "fr": """## Liste

### 2

(1) Toute personne dont le nom figure à l'annexe est une personne inscrite.

(2) et (3) [Abrogés, DORS/2006-165, art. 3]

(4) Toute personne peut demander la radiation de son nom de la liste.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_both_numbers_of_an_inline_range_read_its_note(lang: str) -> None:
    """``(2) and (3) [Repealed, …]`` on one line: 2(2) and 2(3) both read the note."""
    got = _texts(INLINE[lang], lang)
    note = {"en": "[Repealed, SOR/2006-165, s. 3]", "fr": "[Abrogés, DORS/2006-165, art. 3]"}
    assert got["2(2)"] == got["2(3)"] == note[lang]
    assert got["2(1)"].split()[:2] == {"en": ["A", "person"], "fr": ["Toute", "personne"]}[lang]


CHAINED = {
    "en": "1. The Minister may act.\n\n(1) and (2) and (3) [Repealed]\n",
    "fr": "1. Le ministre peut agir.\n\n(1) et (2) et (3) [Abrogés]\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_number_of_a_longer_range_reads_its_note(lang: str) -> None:
    """Three numbers joined: each one reads the note, not only the last two."""
    got = _texts(CHAINED[lang], lang)
    note = {"en": "[Repealed]", "fr": "[Abrogés]"}[lang]
    assert [got[n] for n in ("1(1)", "1(2)", "1(3)")] == [note] * 3
