"""A person named in full once and then by surname, in another case or shape.

Texts written for these tests in the styles of deliberations, delegations' reports and
judgments in both languages; expected values checked by hand against the annotation
guidelines (§3: named persons are actors, a surname alone after a full mention is that
person; forms of address are no part of the name once the person is named in full).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _persons(text: str, lang: str) -> dict[str, str]:
    """surface -> name, for the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "fr",
            "Composition : M. Tomasz BIELECKI (membre, Pologne)\n\n"
            "La délégation, composée de M. Bielecki, s'est rendue à Chișinău.",
            {"Tomasz BIELECKI": "Tomasz Bielecki", "Bielecki": "Tomasz Bielecki"},
        ),
        (
            "en",
            "Panel: Mr Tomasz BIELECKI (member, Poland)\n\n"
            "The delegation, composed of Mr Bielecki, visited Chișinău.",
            {"Tomasz BIELECKI": "Tomasz Bielecki", "Bielecki": "Tomasz Bielecki"},
        ),
        (
            "fr",
            "M. Florent DELAHAYE-MORIN, président\n\n"
            "Délibéré après l'audience à laquelle siégeaient : M. Delahaye-Morin, président.",
            {
                "Florent DELAHAYE-MORIN": "Florent Delahaye-Morin",
                "Delahaye-Morin": "Florent Delahaye-Morin",
            },
        ),
    ],
)
def test_a_surname_in_capitals_then_in_ordinary_case_is_one_person(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want
