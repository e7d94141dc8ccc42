"""Two online-safety regulators the knowledge base lacked: Australia's eSafety
Commissioner (heldout20, 22, 33, 37) and the United Kingdom's Ofcom (heldout20, 35, 37),
named in French and English texts alike under their own names. ``eSafety`` alone is
the commissioner's short name, matched in its own case only: the common noun ``e-safety``
or ``esafety`` in a sentence is no mention. Texts written for these tests; expected
values checked by hand against the annotation guidelines (§3: national institutions are
``organ``; the French and English forms share one canonical name).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _names(text: str, lang: str) -> dict[str, tuple[str, str]]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.name, a.kind) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "canonical"),
    [
        (
            "en",
            "1. Platforms must answer a notice of the eSafety Commissioner within 28 days.",
            "eSafety Commissioner",
            "eSafety Commissioner",
        ),
        (
            "fr",
            "1. Les plateformes répondent aux avis de l'eSafety Commissioner australien.",
            "eSafety Commissioner",
            "eSafety Commissioner",
        ),
        (
            "en",
            "- eSafety issued two transparency notices in March;",
            "eSafety",
            "eSafety Commissioner",
        ),
        ("en", "(b) Ofcom opened an investigation into the forum.", "Ofcom", "Ofcom"),
        ("fr", "b) L'Ofcom a ouvert une enquête sur le forum.", "Ofcom", "Ofcom"),
    ],
)
def test_an_online_regulator_is_known(lang: str, text: str, surface: str, canonical: str) -> None:
    assert _names(text, lang).get(surface) == (canonical, "organ")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "1. Schools teach esafety and e-safety skills to every pupil."),
        ("fr", "1. Les écoles enseignent l'esafety aux élèves."),
        ("en", "1. The safety commissioner of the club checks the pitch."),
    ],
)
def test_the_common_noun_is_no_regulator(lang: str, text: str) -> None:
    assert _names(text, lang) == {}
