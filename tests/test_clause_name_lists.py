"""A list of names a report prints as a two-column table (structure/_bareruns.name_lists,
guidelines §1): an appendix's ``1   Attorney-General's Department``, ``2   Law Council of
Australia`` … one under another, each a short name with no text under it, numbers the
list, not the report's clauses. Where each numbered line has its text under it, the lines
are headings and keep their numbers; where only two stand together, nothing is set aside.

Each text is written for the test; the expected numbers were worked out by hand, never
copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

BODY = {
    "fr": (
        "Chapitre 1 Introduction\n\n"
        "1.1 Le présent rapport examine le régime des ordonnances post-peine applicables aux "
        "mineurs.\n\n"
        "1.2 Le Moniteur a reçu des contributions de plusieurs organismes.\n\n"
    ),
    "en": (
        "Chapter 1 Introduction\n\n"
        "1.1 This report reviews the post-sentence order regime as it applies to young "
        "people.\n\n"
        "1.2 The Monitor received submissions from several bodies.\n\n"
    ),
}
APPENDIX = {
    "fr": "Annexe A – Contributions reçues\n\n",
    "en": "Appendix A – Submissions received\n\n",
}
NAMES = {
    "fr": (
        "Département du Procureur général",
        "Commission des droits de l'homme",
        "Barreau fédéral",
        "Centre d'évaluation des risques",
    ),
    "en": (
        "Attorney-General's Department",
        "Australian Human Rights Commission",
        "Law Council of Australia",
        "Centre for Risk Assessment",
    ),
}
TEXTS = {
    "fr": (
        "La fédération a répondu à toutes les questions posées par le Moniteur.",
        "La commission a présenté des observations écrites détaillées.",
        "Le barreau a demandé que le régime soit abrogé pour les mineurs.",
        "Le centre a décrit ses outils d'évaluation du risque.",
    ),
    "en": (
        "The department answered every question the Monitor put to it.",
        "The commission made detailed written submissions.",
        "The council asked that the regime be repealed for young people.",
        "The centre described its risk assessment tools.",
    ),
}


def _names(lang: str, numbers: tuple[int, ...]) -> str:
    rows = [f"  {n}   {name}" for n, name in zip(numbers, NAMES[lang], strict=False)]
    return BODY[lang] + APPENDIX[lang] + "\n".join(rows) + "\n"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_names_in_a_run_are_no_clauses(lang: str) -> None:
    doc = parse_text(_names(lang, (1, 2, 3, 4)), language=lang)  # type: ignore[arg-type]
    numbers = [c.number for c in doc.clauses()]
    assert "1.1" in numbers and "1.2" in numbers
    assert not [c.number for c in doc.clauses() if c.title in NAMES[lang]]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_with_text_keep_their_numbers(lang: str) -> None:
    parts = [
        f"{n}. {name}\n\n{text}\n"
        for n, name, text in zip((1, 2, 3, 4), NAMES[lang], TEXTS[lang], strict=True)
    ]
    doc = parse_text("\n".join(parts), language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3", "4"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_names_are_no_run(lang: str) -> None:
    doc = parse_text(_names(lang, (1, 2)), language=lang)  # type: ignore[arg-type]
    titled = [(c.number, c.title) for c in doc.clauses() if c.title in NAMES[lang]]
    assert titled == [("1", NAMES[lang][0]), ("2", NAMES[lang][1])]
