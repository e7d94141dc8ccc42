"""The seated courts' pattern, grouped by first letter for speed, finds what the
case-blind alternation of the court kinds found; so does a body noun's pattern whose
look-behind is asked after the first letter (:func:`by_first_letter`)."""

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
    from ctdocs.extract._shape_regex import by_first_letter

    alts = [r"[ \t\n]+".join(map(re.escape, w.split())) for w in SEATED]
    rest = r"[ \t\n]+(?:de|of)[ \t\n]+[A-Z]\w*"
    plain = re.compile(rf"(?i:{'|'.join(alts)}){rest}")
    grouped = re.compile(by_first_letter(alts) + rest)
    want = [m.span() for m in plain.finditer(text)]
    assert want, lang  # the rows hold courts
    assert [m.span() for m in grouped.finditer(text)] == want, lang


HEADS = ["forces armees", "gendarmerie", "police", "douane", "armee"]
HEAD_TEXTS = [
    ("Police et gendarmerie : la POLICE nationale, l'armee-x, les Forces armees.", "fr"),
    ("Police: Metropolitan Police, police-led, the sub_police unit, the \u212aarine police.", "en"),
    ("Gendarmerie nationale, ex-gendarmerie, l'armee de terre, une douane.", "fr"),
    ("ARMEE: the armed forces (FORCES ARMEES) and the customs' police.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HEAD_TEXTS)
def test_look_behind_after_the_first_letter_matches_as_before_the_alternation(
    text: str, lang: str
) -> None:
    """A look-behind on the character before the match, asked after the first letter
    (speed: the pattern still opens on the class of first letters), finds what the
    case-blind alternation guarded by that look-behind found, at the text's start too."""
    from ctdocs.extract._shape_regex import by_first_letter

    alts = [re.escape(w) for w in HEADS]
    end = r"(?![\w'-])"
    plain = re.compile(rf"(?<![\w-])(?i:{'|'.join(alts)}){end}")
    grouped = re.compile(by_first_letter(alts, before=r"[\w-]") + end)
    want = [m.span() for m in plain.finditer(text)]
    assert want and any(s == 0 for s, _ in want), lang  # the rows open on a body noun
    assert [m.span() for m in grouped.finditer(text)] == want, lang
