"""A PDF copy's page edges, French and English side by side: a running head underlined by
a drawn rule on every page is page furniture (the rule is no record field after it), and a
running foot that closes on the page's count before a form feed is never joined to the
sentence the next page goes on with."""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._segment import segment
from ctdocs.normalise._linekinds import page_foot
from ctdocs.normalise._text import normalise

RULE = "_" * 80
HEAD = {
    "fr": "Assemblée nationale                                       Commission des Lois",
    "en": "National CT Strategy 2026–2030                  Ministry of National Security",
}
PARA = {
    "fr": "La commission a examiné le projet de loi relatif à la protection des "
    "infrastructures critiques contre les drones et les cyberattaques.",
    "en": "The Ministry has reviewed the measures taken to protect critical infrastructure "
    "against drones and improvised explosive devices.",
}


def _underlined_pages(lang: str) -> str:
    pages = [f"\n{HEAD[lang]}\n{RULE}\n\n{PARA[lang]}\n\n{n}\n" for n in range(1, 4)]
    return "Cover page\n\n" + "\f".join(["", *pages])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_head_underlined_on_every_page_is_furniture(lang: str) -> None:
    got = segment(normalise(_underlined_pages(lang), markdown=False))
    heads = [u for u in got if u.text == " ".join(HEAD[lang].split())]
    assert len(heads) == 3
    assert all(u.noise is not None for u in heads), [(u.noise, u.text) for u in heads]
    assert any(u.noise is None and u.text == PARA[lang] for u in got)


FOOT = {
    "fr": "Circulaire n° 0412/MSPC/CAB/SG                                        {n}/3",
    "en": "Circular No. 0412/MSPC/CAB/SG                                         {n}/3",
}
CUT = {
    "fr": (
        "Toute personne détenant un drone est tenue de le déclarer dans un délai de",
        "trente (30) jours. La déclaration précise l'identité du détenteur.",
    ),
    "en": (
        "Any person holding a drone shall declare it to the nearest police station within",
        "thirty (30) days. The declaration states the identity of the holder.",
    ),
}


MORE = {
    "fr": "Le préfet peut interdire le survol des sites sensibles pendant les grands "
    "événements, après avis de la commission compétente.",
    "en": "The prefect may prohibit flights over sensitive sites during major events, after "
    "consulting the competent committee.",
}


def _cut_page(lang: str) -> str:
    before, after = CUT[lang]
    foot = FOOT[lang]
    return (
        f"{PARA[lang]}\n\n{MORE[lang]}\n\n{before}\n\n{foot.format(n=1)}\n\f{after}\n\n"
        f"{MORE[lang]}\n\n{PARA[lang]}\n\n{foot.format(n=2)}\n\f{PARA[lang]}\n\n{MORE[lang]}\n\n"
        f"{PARA[lang]}\n\n{foot.format(n=3)}\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_foot_with_the_page_count_is_not_joined_to_the_next_page(lang: str) -> None:
    doc = parse_text(_cut_page(lang))
    body = " ".join(b.text for b in doc.blocks())
    assert "0412" not in body
    assert CUT[lang][1] in body
    assert sum("0412" in n.text for n in doc.noise) == 3


@pytest.mark.parametrize(
    ("line", "foot"),
    [
        ("Circulaire n° 0412/MSPC/CAB/SG                         1/3", True),
        ("Circular No. 0412/MSPC/CAB/SG                          1/3", True),
        ("Rapport - Projet de loi n° 21/2026                     2", True),
        ("Report - Bill No. 21/2026                              2", True),
        ("Le délai est fixé à 30 jours par l'article 3 de la loi n° 12", False),
        ("The period is set at 30 days by section 3 of Act No. 12", False),
        ("                                                       4", False),
    ],
)
def test_page_foot_shape(line: str, foot: bool) -> None:
    assert page_foot(line) is foot
