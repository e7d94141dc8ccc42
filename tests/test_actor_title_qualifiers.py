"""A rank followed by a short qualifier in brackets still introduces the name after it
(§3: named persons are actors): ``Commodore (Retd.) Ruwan Dissanayake``, ``Général de
brigade (2S) Abdourahamane Issoufou Garba``. The qualifier says the holder is retired or
in the reserve, in any army's or publisher's abbreviation, so the shape, not its letters,
decides (:func:`ctdocs.extract._unlinked_cues._person_title`). Negative rows: an office
word, a bracketed acronym and capitalised words that are a document's or a firm's name
are no person, nor is what follows a year in brackets (a citation: ``the Commissioner
(2019) Review``). Texts written for these tests in the styles of a press release, a
speech and a ministry's note; expected values checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        (
            "en",
            "Major General (Rtd) Tawanda Mbirimi chaired the meeting on terrorism financing.",
            "Tawanda Mbirimi",
        ),
        (
            "fr",
            "Le colonel (ER) Kouassi Ahoua-Bri a présenté le plan de lutte contre le terrorisme.",
            "Kouassi Ahoua-Bri",
        ),
        (
            "en",
            "We thank Commodore (Retd.) Ruwan Dissanayake for his work since January 2025.",
            "Ruwan Dissanayake",
        ),
        (
            "fr",
            "Le général de brigade (2S) Abdourahamane Issoufou Garba a ouvert l'atelier.",
            "Abdourahamane Issoufou Garba",
        ),
        # a qualifier with a digit, and a letter in it, still qualifies the rank
        (
            "en",
            "Brigadier General (2S) Ruwan Dissanayake opened the 2026 meeting.",
            "Ruwan Dissanayake",
        ),
    ],
)
def test_a_rank_and_its_qualifier_introduce_a_name(lang: str, text: str, person: str) -> None:
    assert person in _persons(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Director (DPP) Annual Report 2026 was tabled in Parliament."),
        ("fr", "Le Président (PDG) Groupe Atlas a signé le contrat de sûreté."),
        ("en", "The Minister (MoI) Counter Terrorism Strategy was adopted in May 2026."),
        # a year in brackets after an office cites a text: no qualifier, no name after it
        ("en", "See the Commissioner (2019) Review of Counter-Terrorism Powers, chapter 4."),
        ("fr", "Voir le Commissaire (2021) Bilan des mesures antiterroristes, chapitre 4."),
        ("fr", "Selon le Juge (2020) Examen des mesures de contrôle, p. 4."),
    ],
)
def test_a_bracketed_acronym_after_an_office_opens_no_name(lang: str, text: str) -> None:
    assert _persons(text, lang) == set()
