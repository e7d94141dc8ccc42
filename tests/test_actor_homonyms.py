"""Names of armed groups that are also common words or codes find no actor where the
text means the common thing (guidelines §3: an actor is a body the text names).

A listed group's short or generic forms (the maritime ISM Code, 'the base scenario',
a propaganda phrase such as 'soldiers of the Caliphate') are weak forms at most: they
count only where the text also names the group in full.
"""

from __future__ import annotations

import pytest

import ctdocs
from ctdocs._vocab import Language


@pytest.mark.parametrize(
    ("lang", "text", "not_ids"),
    [
        (
            "en",
            "Ships shall comply with the ISPS Code and the ISM Code; the ISM audit covers"
            " the port facility security plan.",
            {"ism"},
        ),
        (
            "fr",
            "Les navires appliquent le code ISPS et le code ISM ; l'audit ISM couvre le plan"
            " de sûreté de l'installation portuaire.",
            {"ism"},
        ),
        (
            "en",
            "THE BASE\n\nThe base scenario assumes a steady threat level across the region.",
            {"the-base"},
        ),
        (
            "en",
            "Propaganda addressed to the soldiers of the Caliphate abroad was removed.",
            {"jund-al-khilafa"},
        ),
        (
            "fr",
            "La propagande adressée aux soldats du califat à l'étranger a été retirée.",
            {"jund-al-khilafa"},
        ),
    ],
)
def test_a_common_phrase_names_no_group(lang: Language, text: str, not_ids: set[str]) -> None:
    found = {a.id for a in ctdocs.parse_text(text, lang).actors}
    assert not found & not_ids, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Islamic State in Mozambique (ISM) fighters attacked Mocímboa da Praia; ISM"),
        ("fr", "L'État islamique au Mozambique a attaqué Mocímboa da Praia ; ISM"),
    ],
)
def test_the_group_named_in_full_keeps_its_short_form(lang: Language, text: str) -> None:
    doc = ctdocs.parse_text(text, lang)
    forms = {m.text for a in doc.actors if a.id == "ism" for m in a.mentions}
    assert "ISM" in forms, forms
