"""The seated courts' pattern, grouped by first letter for speed, finds what the
case-blind alternation of the court kinds found."""

from __future__ import annotations

import re

import pytest

SEATED = ["cour d'appel", "court of appeal", "tribunal de commerce", "district court"]
COURT_TEXTS = [
    ("La COUR D'APPEL de Paris et la Cour d'appel de Rabat ont statué.", "fr"),
    ("The Court of Appeal of Kenya and the DISTRICT COURT of Oslo ruled.", "en"),
    ("Le Tribunal de commerce de Lyon, le tribunal de commerce de Nantes.", "fr"),
    ("The \u212aenya district court of Oslo; the \u017ftate; a court OF APPEAL of X.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), COURT_TEXTS)
def test_alternatives_by_first_letter_match_as_the_case_blind_alternation(
    text: str, lang: str
) -> None:
    """The seated courts' pattern opens on one class of first letters (speed); it finds
    what the case-blind alternation found, in capitals too."""
    from ctdocs.extract._unlinked_missions import _by_first_letter

    alts = [r"[ \t\n]+".join(map(re.escape, w.split())) for w in SEATED]
    rest = r"[ \t\n]+(?:de|of)[ \t\n]+[A-Z]\w*"
    plain = re.compile(rf"(?i:{'|'.join(alts)}){rest}")
    grouped = re.compile(_by_first_letter(alts) + rest)
    want = [m.span() for m in plain.finditer(text)]
    assert want, lang  # the rows hold courts
    assert [m.span() for m in grouped.finditer(text)] == want, lang
