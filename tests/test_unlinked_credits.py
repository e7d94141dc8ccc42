"""A byline's credit word before a full name: the name is a person's, even where layout set
the byline aside as the page's metadata (guidelines §3: named persons are actors where
they are named as authors, a byline among them; no batch's gold lists a byline as noise).
The credit words are data (``person.credits`` in ``data/models/actor_shapes.toml``), read
by :mod:`ctdocs.extract._unlinked_cues` and kept through noise by
:mod:`ctdocs.extract._attach`. Texts written for these tests in the styles of a think
tank's page and a research institute's blog; expected values checked by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document, parse_text


def _persons_of(doc: object) -> set[str]:
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "Home / Counterterrorism\n\nAustralia's counter-drone gap: stadiums and substations"
            "\n\nBy Harriet Colquhoun-Vale and Dev Raghunathan 11 Jun 2026\n\nSmall drones now "
            "threaten crowded places. The Government should act before the 2032 Games.\n",
            {"Harriet Colquhoun-Vale", "Dev Raghunathan"},
        ),
        (
            "fr",
            "Afrique · Terrorisme · Défense\n\nDrones piégés au Sahel : quelles réponses ?\n\n"
            "19 mars 2026 · Par Aminata Koné-Delarue, chercheuse associée, programme Afrique"
            "\n\nDepuis l'été 2025, les groupes armés du Sahel utilisent des drones piégés.\n",
            {"Aminata Koné-Delarue"},
        ),
    ],
)
def test_a_byline_credits_its_authors(lang: str, text: str, want: set[str]) -> None:
    assert _persons_of(parse_text(text, lang)) >= want  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "not_persons"),
    [
        # one capitalised word after the credit: an act's, a letter's name
        ("fr", "Par Arrêté ministériel du 3 mai 2026, la zone est interdite.", {"Arrêté"}),
        ("fr", "Par Lettre circulaire du 3 mai 2026, le ministre rappelle la règle.", {"Lettre"}),
        ("en", "By Order of the Council, the measures apply from 3 May 2026.", {"Order"}),
        # inside a sentence: no byline
        ("en", "The resolution was adopted by Member States on 3 May 2026.", {"Member States"}),
        ("fr", "Les fonds transitent par Dubaï Marina selon le rapport de 2026.", {"Dubaï Marina"}),
        # review 35: prose wrapped onto a line that opens on the credit word
        (
            "en",
            "1. The Council adopted the plan.\n\n2. The measures were reviewed\nBy Member States "
            "and the report was adopted.\n",
            {"Member States"},
        ),
        (
            "fr",
            "1. Le Conseil a adopté le plan.\n\n2. Les mesures seront examinées\nPar Conseil "
            "Ministériel Extraordinaire du 3 mai 2026.\n",
            {"Conseil Ministériel Extraordinaire"},
        ),
        # an act's name after the credit, closed by its date or its number
        (
            "fr",
            "Par Décision Ministérielle du 12 juin 2026, la liste a été mise à jour.",
            {"Décision Ministérielle"},
        ),
        (
            "fr",
            "Par Lettre Circulaire n° 12, le ministre a précisé les modalités.",
            {"Lettre Circulaire"},
        ),
        # a row of facets, each cell a credit word
        (
            "en",
            "# National strategies\n\nBrowse · By Member State · By Thematic Area · By Year\n\n"
            "1. The strategies adopted by Member States cover prevention.\n",
            {"Member State", "Thematic Area"},
        ),
        (
            "fr",
            "# Stratégies nationales\n\nParcourir · Par État Membre · Par Domaine Thématique · Par "
            "Année\n\n1. Les stratégies adoptées couvrent la prévention.\n",
            {"État Membre", "Domaine Thématique"},
        ),
    ],
)
def test_no_byline_no_person(lang: str, text: str, not_persons: set[str]) -> None:
    assert not _persons_of(parse_text(text, lang)) & not_persons  # type: ignore[arg-type]


_PAGES = [
    (
        "en",
        '<html><head><title>Counter-drone gap</title></head><body>\n<nav><a href="/">Home</a>'
        ' / <a href="/ct">Counterterrorism</a></nav>\n<h1>Australia\'s counter-drone gap: '
        'stadiums and substations</h1>\n<div class="entry-meta"><span class="byline">By <a '
        'href="/author/hcv/">Harriet Colquhoun-Vale</a> and <a href="/author/dr/">Dev '
        'Raghunathan</a></span> <span class="date">11 Jun 2026</span> <span>7 min read</span>'
        "</div>\n<p>Small drones now threaten crowded places. The Government should act before"
        " the 2032 Games, and the states should fund detection at every major stadium.</p>\n"
        "<p>The Australian Federal Police has asked for new powers to disable drones.</p>\n"
        "</body></html>",
        {"Harriet Colquhoun-Vale", "Dev Raghunathan"},
    ),
    (
        "fr",
        "<html><head><title>Drones piégés</title></head><body>\n<nav>Afrique · Terrorisme · "
        "Défense</nav>\n<h1>Drones piégés au Sahel : quelles réponses pour les États côtiers ?"
        '</h1>\n<p class="post-meta">19 mars 2026 · Par <a href="#">Aminata Koné-Delarue</a>, '
        "chercheuse associée à l'IRIS, programme Afrique/s</p>\n<p>Depuis l'été 2025, les "
        "groupes armés du Sahel utilisent des drones piégés contre les postes militaires des "
        "États côtiers.</p>\n<p>La Police nationale béninoise a saisi trois drones en 2026.</p>"
        "\n</body></html>",
        {"Aminata Koné-Delarue"},
    ),
]


@pytest.mark.parametrize(("lang", "page", "want"), _PAGES)
def test_a_byline_set_aside_as_metadata_keeps_its_authors(
    tmp_path: Path, lang: str, page: str, want: set[str]
) -> None:
    path = tmp_path / f"{lang}.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_document(path)
    # layout sets the byline aside (its date, its reading time) ...
    assert any(name in n.text for n in doc.noise for name in want)
    # ... and its authors stay actors
    assert _persons_of(doc) >= want


_CREDIT_AND_MORE = [
    (
        "en",
        "<html><head><title>Counter-drone gap</title></head><body>\n<h1>Australia's counter-drone"
        ' gap: stadiums and substations</h1>\n<div class="entry-meta"><span class="byline">By '
        '<a href="/a/">Harriet Colquhoun-Vale</a></span> <span class="date">11 Jun 2026</span> '
        "<span>7 min read</span> <span>Photo: Marc Lefèvre</span></div>\n<p>Small drones now "
        "threaten crowded places. The Government should act before the 2032 Games, and the "
        "states should fund detection at every major stadium.</p>\n</body></html>",
        "Harriet Colquhoun-Vale",
    ),
    (
        "fr",
        "<html><head><title>Drones piégés</title></head><body>\n<h1>Drones piégés au Sahel : "
        'quelles réponses pour les États côtiers ?</h1>\n<p class="post-meta">19 mars 2026 · Par '
        '<a href="#">Aminata Koné-Delarue</a>, chercheuse associée · Photo : Marc Lefèvre</p>\n'
        "<p>Depuis l'été 2025, les groupes armés du Sahel utilisent des drones piégés contre les "
        "postes militaires des États côtiers.</p>\n</body></html>",
        "Aminata Koné-Delarue",
    ),
]


@pytest.mark.parametrize(("lang", "page", "author"), _CREDIT_AND_MORE)
def test_a_byline_in_noise_keeps_only_the_names_it_credits(
    tmp_path: Path, lang: str, page: str, author: str
) -> None:
    # review 35: a photographer's credit later on the byline's noise line is no author
    path = tmp_path / f"{lang}.html"
    path.write_text(page, encoding="utf-8")
    doc = parse_document(path)
    assert any("Marc Lefèvre" in n.text for n in doc.noise)
    assert _persons_of(doc) == {author}
