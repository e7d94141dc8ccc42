"""A kind and its number that lead the document's own lines twice (ctdocs.extract._doclead;
guidelines, section 6): read only when no other finder speaks.

The class: a publisher prints its document's number as a kind word and a serial at the lead
of a line, and prints it again (its page title, a breadcrumb's last step, a front matter's
title or description, a call-out, a running footer). The variants below are other
publishers' shapes (HTML, Markdown with front matter, plain text in capitals, a footer),
in French and English; the negative rows are lines of the same shape that are no number of
the document: a series' items in a contents list and their headings, a cited instrument
opening sentences, a year, a date, a part's word, a related page's number printed once.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._doclead import lead_symbol

PROSE = {
    "en": (
        "The Agency calls on operators to share passenger data with their neighbours "
        "and to train border officers in the detection of forged documents."
    ),
    "fr": (
        "L'Agence invite les opérateurs à partager les données des passagers avec leurs "
        "voisins et à former les agents aux frontières à la détection des faux documents."
    ),
}

# (language, layout, the text, the symbol): the number leads two of the document's lines
VARIANTS = [
    (
        "fr",
        "html",
        "<html><head><title>Bulletin de veille 47 | Agence</title></head><body>"
        "<nav>Accueil \u203a Bulletins \u203a Bulletin de veille 47</nav>"
        "<main><h1>Bulletin de veille 47 : drones de loisir</h1><p>{p}</p></main></body></html>",
        "Bulletin de veille 47",
    ),
    (
        "en",
        "html",
        "<html><head><title>Advisory Circular 31: Screening cargo drones</title></head><body>"
        "<main><h1>Advisory Circular 31: Screening cargo drones</h1><p>{p}</p></main>"
        "</body></html>",
        "Advisory Circular 31",
    ),
    (
        "en",
        "markdown",
        '---\ntitle: "Drones and soft targets"\ndescription: "Policy Paper 14 – drones"\n---\n\n'
        "# Drones and soft targets\n\n> [!note] Policy Paper 14\n\n{p}\n",
        "Policy Paper 14",
    ),
    (
        "fr",
        "markdown",
        '---\ntitle: "Sécurité des gares"\nsummary: "Avis technique n° 2026-08 : gares"\n---\n\n'
        "# Sécurité des gares\n\n[Avis technique n° 2026-08]\n\n{p}\n",
        "Avis technique n° 2026-08",
    ),
    (
        "fr",
        "text",
        "Lettre d'information 63 – avril\n\n{p}\n\n{p}\n\nLettre d'information 63 – page 2\n",
        "Lettre d'information 63",
    ),
    (
        "fr",
        "text",
        "Ministère\n\nNote de service n° 47 du 3 mars 2026\n\n{p}\n\n"
        "Note de service n° 47 – page 2\n",
        "Note de service n° 47",
    ),
    # a heading of capitals running on past the number, and a running footer
    (
        "en",
        "text",
        "Office of Example\n\nTHREAT BULLETIN 112 ON CARGO DRONES\n\n{p}\n\n"
        "Threat Bulletin 112 | page 2\n",
        "THREAT BULLETIN 112",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text", "symbol"), VARIANTS)
def test_a_kind_and_number_leading_two_lines_is_the_number(
    lang: str, layout: str, text: str, symbol: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol == symbol


# the same shapes on lines that number no document of their own
NEGATIVES = [
    # a series' items: a contents list and the headings it lists
    (
        "fr",
        "text",
        "Plan d'action\n\nEngagement 1 : prévenir\nEngagement 2 : protéger\nEngagement 3 : "
        "poursuivre\n\nEngagement 1 : prévenir\n\n{p}\n\nEngagement 2 : protéger\n\n{p}\n\n"
        "Engagement 3 : poursuivre\n\n{p}\n",
    ),
    (
        "en",
        "text",
        "Action plan\n\nCommitment 1: prevent\nCommitment 2: protect\nCommitment 3: pursue\n\n"
        "Commitment 1: prevent\n\n{p}\n\nCommitment 2: protect\n\n{p}\n\nCommitment 3: pursue\n"
        "\n{p}\n",
    ),
    # a cited instrument opening two sentences
    (
        "en",
        "text",
        "Border security\n\nResolution 2178 calls on States to prevent travel.\n\n{p}\n\n"
        "Resolution 2178 also asks States to share data.\n",
    ),
    # a year, a span of years, a date
    ("fr", "markdown", "# Rapport annuel 2025\n\n{p}\n\nRapport annuel 2025 – annexe\n"),
    ("en", "markdown", "# Strategy 2026-27\n\n{p}\n\nStrategy 2026-27 | Home Office\n"),
    ("fr", "text", "Mise à jour 12/05/2026\n\n{p}\n\nMise à jour 12/05/2026\n"),
    # a part's, a caption's, a session's word
    ("en", "text", "Report\n\nFigure 3 – Attacks by month\n\n{p}\n\nFigure 3 – Attacks by month\n"),
    ("fr", "text", "Compte rendu\n\nSession 2025-2026\n\n{p}\n\nSession 2025-2026\n"),
    # a month and its day, a gazette issue's mark and number, a heading of capitals that opens
    # on a preposition (the end of a title that an earlier line begins)
    ("en", "text", "Minutes\n\nMarch 12\n\n{p}\n\nMarch 12 | page 2\n"),
    ("fr", "text", "Journal\n\nNo 88 — Jeudi 4 juin 2026\n\n{p}\n\nNo 88 — Jeudi 4 juin 2026\n"),
    (
        "fr",
        "text",
        "RAPPORT FAIT AU NOM DE LA COMMISSION\nSUR LE PROJET DE LOI N° 33/2026 RELATIF AUX DRONES\n"
        "\n{p}\n\nSUR LE PROJET DE LOI N° 33/2026 RELATIF AUX DRONES\n",
    ),
    # a record's step and the number of the act that took it
    (
        "en",
        "text",
        "National strategy\n\nApproved by Board Resolution No. 77 of 3rd May, 2026\n\n{p}\n\n"
        "Approved by Board Resolution No. 77 of 3rd May, 2026\n",
    ),
    (
        "fr",
        "text",
        "Stratégie\n\nAdoptée par délibération n° 12 du 4 mai 2026\n\n{p}\n\n"
        "Adoptée par délibération n° 12 du 4 mai 2026\n",
    ),
    # another instrument's article, cited under each of the code's articles
    (
        "fr",
        "markdown",
        "# Chapitre II : Drones\n\nModifié par Ordonnance n°2026-77 du 2 mars 2026 - art. 3"
        "\n\n{p}\n\nModifié par Ordonnance n°2026-77 du 2 mars 2026 - art. 3\n\n{p}\n",
    ),
    (
        "en",
        "markdown",
        "# Part 4: Drones\n\nAmended by Order 2026-77 of 2 March 2026 - section 3\n\n{p}\n"
        "\nAmended by Order 2026-77 of 2 March 2026 - section 3\n\n{p}\n",
    ),
    # a sheet of a guide's series
    (
        "fr",
        "markdown",
        "# Fiche réflexe 7 — Attentat en milieu urbain\n\n{p}\n\nFiche réflexe 7 — page 2\n",
    ),
    # a related page's number, printed once
    (
        "en",
        "html",
        "<html><body><main><h1>Asset freeze and licensing</h1><p>{p}</p>"
        "<ul><li>Sanctions Notice 40: Russia</li><li>Sanctions Notice 39: DPRK</li></ul>"
        "</main></body></html>",
    ),
]


@pytest.mark.parametrize(("lang", "layout", "text"), NEGATIVES)
def test_a_series_a_citation_a_year_or_a_part_is_no_number(
    lang: str, layout: str, text: str
) -> None:
    doc = parse_text(text.format(p=PROSE[lang]), layout=layout)  # type: ignore[arg-type]
    assert doc.symbol is None


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Note 14 – Drones\n\nbody\n", "Note 14 – Drones", "Note 14"),
        ("Note 14 – Drones\n\nbody\n", None, None),  # printed once
        ("Note 14 – Drones\nNote 14 – Drones\n", "Autre chose", "Note 14"),
        ("Note 14 explique la menace.\nNote 14 explique tout.\n", None, None),  # sentences
        ("", None, None),
    ],
)
def test_lead_symbol(text: str, title: str | None, expected: str | None) -> None:
    assert lead_symbol(text, text, title) == expected
