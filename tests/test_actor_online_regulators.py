"""Two online-safety regulators the knowledge base lacked: Australia's eSafety
Commissioner (heldout20, 22, 33, 37) and the United Kingdom's Ofcom (heldout20, 35, 37),
named in French and English texts alike under their own names. ``eSafety`` alone is
the commissioner's short name in a text that names the commissioner (a weak alias, in its
own case): the common noun ``e-safety``, ``esafety`` or ``eSafety`` (``the school's eSafety
policy``) in a text that does not is no mention. Texts written for these tests; expected
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
            "1. The eSafety Commissioner regulates platforms.\n\n"
            "- eSafety issued two transparency notices in March;",
            "eSafety",
            "eSafety Commissioner",
        ),
        (
            "fr",
            "1. L'eSafety Commissioner australien contrôle les plateformes.\n\n"
            "- eSafety a adressé deux avis de transparence en mars ;",
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
        # "eSafety" alone, in a text that never names the commissioner: British schools
        # write the common noun in that case
        ("en", "1. The school's eSafety policy is reviewed every year by the eSafety lead."),
        ("fr", "1. La charte eSafety de l'établissement est revue chaque année."),
    ],
)
def test_the_common_noun_is_no_regulator(lang: str, text: str) -> None:
    assert _names(text, lang) == {}
