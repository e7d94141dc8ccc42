"""``Full Name (ACR)``: the words before an acronym whose initials spell it are the body's
name (§3: bodies not in any list are actors, their acronym a mention of them). Acronyms
spell a hyphened compound by its first letter or by each part, and skip the short
function words of a name in title case, as they skip ``of`` and ``de``: ``Inter-departmental
Counter Terrorism Unit (ICTU)``, ``Cabinet Committee to Combat Terrorism (CCCT)``
(:func:`ctdocs.extract._unlinked_spelt._skippable`). Negative rows: the same shapes
around a phrase with no head noun (a programme, a budget line), or with a function word
first, name no body. Texts written for these tests in the styles of a legislature's
paper, a declassified memorandum, a ministry's note and a press release; expected values
checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _mentions(text: str, lang: str) -> dict[str, set[str]]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {a.name: {m.text for m in a.mentions} for a in doc.actors}


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        (
            "en",
            "The Inter-departmental Counter Terrorism Unit (ICTU) coordinates threat "
            "assessments. The ICTU meets monthly.",
            {"ICTU", "Inter-departmental Counter Terrorism Unit"},
        ),
        (
            "fr",
            "Le Bureau Central Anti-Terroriste (BCA) a ouvert une enquête. Le BCA rend "
            "compte au parquet.",
            {"BCA", "Bureau Central Anti-Terroriste"},
        ),
        (
            "en",
            "The Cabinet Committee to Combat Terrorism (CCCT) met on 3 May 1976. The CCCT "
            "agreed on the plan.",
            {"CCCT", "Cabinet Committee to Combat Terrorism"},
        ),
        (
            "fr",
            "L'Agence Nationale au Renseignement (ANR) a alerté le ministre. L'ANR suit "
            "le dossier.",
            {"ANR", "Agence Nationale au Renseignement"},
        ),
        (
            "en",
            "The Office of Counter-Terrorism Finance (OCF) issued guidance. The OCF will "
            "review it in 2027.",
            {"OCF", "Office of Counter-Terrorism Finance"},
        ),
    ],
)
def test_an_acronym_spells_a_compound_and_skips_function_words(
    lang: str, text: str, surfaces: set[str]
) -> None:
    assert surfaces in _mentions(text, lang).values()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The funding for Counter-Terrorism Training (CTT) rose in 2026."),
        ("fr", "Le budget de la lutte anti-terroriste en mer (LAM) a augmenté en 2026."),
        ("en", "Aid went to Border Police (TBP) units in the east."),
        ("fr", "Le plan de lutte en mer (PLM) a été adopté en 2026."),
    ],
)
def test_no_body_where_the_spelt_words_have_no_head(lang: str, text: str) -> None:
    found = _mentions(text, lang)
    acronyms = {m for ms in found.values() for m in ms if m.isupper()}
    assert not acronyms
    assert not any(m.casefold().startswith(("to ", "en ")) for ms in found.values() for m in ms)
