"""French bodies written in sentence case, a capitalised head after a definite article
or "en" and the rest in lower case (ctdocs.extract._unlinked_lower): ``le Conseil
national de sécurité``, ``adopté en Conseil des ministres``, ``la Cour des comptes``.
Their English names set beside them are found by their capitals. Texts written for
these tests in the styles of decrees, strategies and press reports; expected names
checked by hand against the annotation guidelines (§3: bodies in no list are actors,
their canonical name their usual English name).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _bodies(text: str, lang: str) -> dict[str, str]:
    """surface -> canonical name of each organ."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions if a.kind == "organ"}


@pytest.mark.parametrize(
    ("lang", "text", "bodies"),
    [
        (
            "fr",
            "Le décret a été adopté en Conseil des ministres le 5 août 2026. Le rapport est "
            "soumis au Conseil national de sécurité chaque année.",
            {
                "Conseil des ministres": "Council of Ministers",
                "Conseil national de sécurité": "National Security Council",
            },
        ),
        (
            "en",
            "The decree was adopted by the Council of Ministers on 5 August 2026. The report "
            "goes to the National Security Council each year.",
            {
                "Council of Ministers": "Council of Ministers",
                "National Security Council": "National Security Council",
            },
        ),
        (
            "fr",
            "Les Forces de défense et de sécurité ont riposté ; la Cour des comptes a publié "
            "son rapport.",
            {
                "Forces de défense et de sécurité": "Forces of Defence and Security",
                "Cour des comptes": "Court of Audit",
            },
        ),
    ],
)
def test_a_capitalised_head_opens_a_name_in_sentence_case(
    lang: str, text: str, bodies: dict[str, str]
) -> None:
    found = _bodies(text, lang)
    assert {s: found.get(s) for s in bodies} == bodies, found


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a capital opening a sentence or a heading, not a name
        ("fr", "Conseil des ministres du 5 août 2026.", "Conseil des ministres"),
        # an indefinite article: a kind of unit a decree sets up, not one body
        (
            "fr",
            "Le centre comprend un Département de la coopération internationale.",
            "Département de la coopération internationale",
        ),
        # the name goes on in words the lists do not hold: left whole to other finders
        (
            "fr",
            "Les enquêteurs ont saisi le Centre de crise et de soutien du ministère.",
            "Centre de crise",
        ),
        (
            "fr",
            "Il a été transmis au Service de renseignement de l'État.",
            "Service de renseignement",
        ),
        ("en", "The Council of Ministers' decree of 5 August 2026 applies.", "Council"),
    ],
)
def test_no_name_cut_short_or_opening_a_sentence(lang: str, text: str, absent: str) -> None:
    assert absent not in _bodies(text, lang)
