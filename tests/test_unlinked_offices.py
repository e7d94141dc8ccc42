"""An office written like a body's name (a head noun and its complement) is no body:
``le garde des Sceaux`` is France's and several francophone states' minister of justice,
an unnamed office holder, and no actor (guidelines §3). The offices are data
(``organ.office_titles`` in ``data/models/actor_shapes.toml``, read by
:func:`ctdocs.extract._unlinked_refs.office_titles`). Texts written for these tests in
the styles of a ministry's news page, a gazette and a translated note; expected values
checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _names(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {a.name for a in doc.actors}


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        (
            "fr",
            "Le garde des Sceaux, ministre de la Justice, a présenté dix mesures le 11 mars 2026.",
            set(),
        ),
        (
            "fr",
            "Vu le rapport du Garde des Sceaux, Ministre de la Justice, le Conseil des ministres "
            "a adopté le décret du 3 mai 2026.",
            {"Council of Ministers"},
        ),
        (
            "en",
            "The Keeper of the Seals presented the bill to the Council of Ministers on 3 May 2026.",
            {"Council of Ministers"},
        ),
        # an office followed by its state is still the office (review 35)
        (
            "fr",
            "Le Garde des Sceaux du Sénégal et le Conseil des ministres ont adopté le décret.",
            {"Council of Ministers"},
        ),
    ],
)
def test_an_office_written_like_a_body_is_no_actor(lang: str, text: str, kept: set[str]) -> None:
    names = _names(text, lang)
    assert not {n for n in names if "Sceaux" in n or "Seals" in n}
    assert names >= kept  # the bodies beside it stay


def test_office_titles_are_folded_and_case_blind() -> None:
    from ctdocs.extract._unlinked_refs import office_titles

    assert "garde des sceaux" in office_titles()
    assert "keeper of the seals" in office_titles()
