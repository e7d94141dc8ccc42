"""The layout stage on its own: which lines are noise, which are document.

Hand-written pages in French and English side by side: page stamps, date blocks,
separators, tables of contents, repository markup and site chrome must be noise;
the document's head (symbol, distribution, dates, title), short headings, one-line
paragraphs, numbered clauses and signatures must stay content, however chrome-like.
Then a gate on the development corpus: noise leaked and body lost per family.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from ctdocs import Clause
from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

from ._compare import noise_figures
from ._layoutunits import units
from .conftest import parsed

DEVCORPUS = Path(__file__).parent / "devcorpus"


NEWS_FR = """Les partenariats de l'OTAN dans la lutte contre le terrorisme

• 11 Jul. 2018 -
• |
• Communiqué de presse (2018) 074
• Publié le 11 Jul. 2018
• |
• Mis à jour le: 13 Dec. 2023 12:21

Depuis plus de vingt ans, l'OTAN associe ses pays partenaires à ses travaux sur la lutte
contre le terrorisme, dans le cadre de ses partenariats.

Définitions

1. Les Alliés renforceront leur coopération avec les partenaires dans tous les domaines.

______

(Signé) Jens Stoltenberg
"""

NEWS_EN = """NATO's partnerships in the fight against terrorism

• 11 Jul. 2018 -
• |
• Press Release (2018) 074
• Issued on 11 Jul. 2018
• |
• Last updated: 22 Aug. 2014 11:24

For more than twenty years NATO has involved its partner countries in its work on the fight
against terrorism, as part of its partnerships.

Definitions

1. Allies will strengthen their cooperation with partners in all areas.

______

(Signed) Jens Stoltenberg
"""

# (page, lines that must be noise with their reason, lines that must stay content)
NEWS_ROWS = [
    (
        NEWS_FR,
        {
            "• 11 Jul. 2018 -": "metadata",
            "• Mis à jour le: 13 Dec. 2023 12:21": "metadata",
            "• |": "metadata",
            "______": "markup",
        },
        [
            "• Communiqué de presse (2018) 074",
            "• Publié le 11 Jul. 2018",
            "Définitions",
            "1. Les Alliés renforceront leur coopération avec les partenaires dans tous les "
            "domaines.",
            "(Signé) Jens Stoltenberg",
            "Les partenariats de l'OTAN dans la lutte contre le terrorisme",
        ],
    ),
    (
        NEWS_EN,
        {
            "• 11 Jul. 2018 -": "metadata",
            "• Last updated: 22 Aug. 2014 11:24": "metadata",
            "• |": "metadata",
            "______": "markup",
        },
        [
            "• Press Release (2018) 074",
            "• Issued on 11 Jul. 2018",
            "Definitions",
            "1. Allies will strengthen their cooperation with partners in all areas.",
            "(Signed) Jens Stoltenberg",
            "NATO's partnerships in the fight against terrorism",
        ],
    ),
]


@pytest.mark.parametrize(("page", "noise", "content"), NEWS_ROWS, ids=["fr", "en"])
def test_page_stamps_are_noise_and_the_head_is_not(
    page: str, noise: dict[str, str], content: list[str]
) -> None:
    got = units(page)
    for line, reason in noise.items():
        assert got[line].noise == reason, line
    for line in content:
        assert got[line].noise is None, line


RESOLUTION_FR = """S/RES/1373 (2001)
Conseil de sécurité
Distr. générale
28 septembre 2001

Résolution 1373 (2001)

Le Conseil de sécurité,

1. Décide que tous les États doivent prévenir et réprimer le financement des actes de terrorisme ;
"""

RESOLUTION_EN = """S/RES/1373 (2001)
Security Council
Distr.: General
28 September 2001

Resolution 1373 (2001)

The Security Council,

1. Decides that all States shall prevent and suppress the financing of terrorist acts;
"""


@pytest.mark.parametrize("page", [RESOLUTION_FR, RESOLUTION_EN], ids=["fr", "en"])
def test_a_resolution_head_stays_content(page: str) -> None:
    assert all(u.noise is None for u in units(page).values())


TOC_ROWS = [
    (
        "Sommaire\nIntroduction . . . . . . . . . . 3\nLa menace terroriste..........6\n\n"
        "Introduction\n\nLa France fait face à une menace terroriste élevée et en constante "
        "évolution depuis plusieurs années.\n",
        ["Sommaire", "Introduction . . . . . . . . . . 3", "La menace terroriste..........6"],
    ),
    (
        "Table of Contents\nIntroduction . . . . . . . . . . 3\nThe Terrorist Threat..........6\n\n"
        "Introduction\n\nCanada faces a terrorist threat that has been high and changing "
        "for several years now.\n",
        [
            "Table of Contents",
            "Introduction . . . . . . . . . . 3",
            "The Terrorist Threat..........6",
        ],
    ),
]


@pytest.mark.parametrize(("page", "toc"), TOC_ROWS, ids=["fr", "en"])
def test_table_of_contents_is_toc_noise(page: str, toc: list[str]) -> None:
    got = units(page)
    for line in toc:
        assert got[line].noise == "toc", line
    assert got["Introduction"].noise is None  # the heading itself, in the body


REPOSITORY_ROWS = [
    (
        '---\ntitle: "Loi sur les explosifs"\nchapter: "E-17"\nlanguage: "fr"\n---\n\n'
        "# Loi sur les explosifs\n\n## Définitions\n\n"
        "**explosif** Tout objet fabriqué pour produire une explosion.\n\n"
        "<details>\n<summary>Note historique</summary>\n\n- L.R. (1985), ch. E-17, art. 2\n\n"
        "</details>\n\n### 3 Application\n\nLa présente loi s'applique au Canada.\n",
        [
            'title: "Loi sur les explosifs"',
            'chapter: "E-17"',
            "<details>",
            "<summary>Note historique</summary>",
            "- L.R. (1985), ch. E-17, art. 2",
            "</details>",
        ],
        [
            "Loi sur les explosifs",
            "Définitions",
            "3 Application",
            "La présente loi s'applique au Canada.",
        ],
    ),
    (
        '---\ntitle: "Explosives Act"\nchapter: "E-17"\nlanguage: "en"\n---\n\n'
        "# Explosives Act\n\n## Interpretation\n\n"
        "**explosive** means any thing that is made to produce an explosion.\n\n"
        "<details>\n<summary>Historical Note</summary>\n\n- R.S. (1985), c. E-17, s. 2\n\n"
        "</details>\n\n### 3 Application\n\nThis Act applies in Canada.\n",
        [
            'title: "Explosives Act"',
            'chapter: "E-17"',
            "<details>",
            "<summary>Historical Note</summary>",
            "- R.S. (1985), c. E-17, s. 2",
            "</details>",
        ],
        ["Explosives Act", "Interpretation", "3 Application", "This Act applies in Canada."],
    ),
]


@pytest.mark.parametrize(("page", "noise", "content"), REPOSITORY_ROWS, ids=["fr", "en"])
def test_repository_markup_is_noise(page: str, noise: list[str], content: list[str]) -> None:
    got = units(page, markdown=True)
    for line in noise:
        assert got[line].noise == "repository", line
    for line in content:
        assert got[line].noise is None, line


CHROME_ROWS = [
    (
        "Partager un fichier Mes fichiers Recherche Aide Contact\n\n"
        "Télécharger le fichier (PDF)\n\nAperçu du document\n\nimage_0001.png\n\n"
        "Le Conseil de l'Europe adopte des lignes directrices sur les droits de l'homme et la "
        "lutte contre le terrorisme, qui guident l'action des États membres.\n",
        {
            "Partager un fichier Mes fichiers Recherche Aide Contact": "boilerplate",
            "image_0001.png": "caption",
        },
    ),
    (
        "Share a file My files Search Help Contact\n\n"
        "Download the file (PDF)\n\nDocument preview\n\nimage_0001.png\n\n"
        "The Council of Europe adopts guidelines on human rights and the fight against "
        "terrorism, which guide the action of the member states.\n",
        {"Share a file My files Search Help Contact": "boilerplate", "image_0001.png": "caption"},
    ),
]


@pytest.mark.parametrize(("page", "noise"), CHROME_ROWS, ids=["fr", "en"])
def test_interface_lines_are_boilerplate(page: str, noise: dict[str, str]) -> None:
    got = units(page)
    for line, reason in noise.items():
        assert got[line].noise == reason, line
    prose = [u for u in got.values() if len(u.text.split()) > 15]
    assert prose and all(u.noise is None for u in prose)


# ---- gate on the development corpus (strict scorer: tests/_compare.noise_figures)

# Figures measured with the shipped scorer and the shape rules of the noise7 work (77/1265
# leaked, 6.1 %; 81/1265 before it; benchmarks/results/lofo_noise.txt for the refit
# figures); a change that leaks more or loses more text fails here. Session 10 (noise10:
# Markdown link menus, long and glued running heads): 43/1265 leaked, 3.4 % (47 at its base); the
# document-sharing copies 10/48 (14/48 at its base). Session 15 (noise15b: imprint lines of
# bullet-joined pieces, a host's line in another language at the top): 30/1265 leaked, 2.4 %
# (score.py: 28/843, 3.3 %). Session 16 (noise16: contents blocks with their page numbers on
# lines of their own, a picture's words left open, a label over its value beside a record's
# field, a chrome link's gloss): 22/1265 leaked, 1.7 %; document-sharing 7/48 (score.py:
# 21/843, 2.5 %).
MAX_LEAKED = {"ALL": 0.019, "national-legislation": 0.01, "document-sharing-copies": 0.16}
MAX_LOST = 0.005


RUNNING_FR = """Instruction relative à la sécurité des grands événements

Le présent texte précise les mesures à prendre par les préfets lors des grands événements.

Il s'applique aux manifestations sportives, culturelles et politiques de grande ampleur.

L'évaluation de la menace est actualisée avant chaque événement par les services compétents.

Les informations sont partagées entre les services dans le respect du secret de la défense.

Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27
1/3

Les périmètres de protection sont définis par arrêté préfectoral avant chaque événement.

Les contrôles aux accès sont confiés aux forces de sécurité intérieure.

Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27
2/3

Figure 1 : Nombre d'arrestations
2019  ████████████████    436
2020  ██████              254
"""

RUNNING_EN = """Instruction on the security of major events

This text sets out the measures that prefects take during major events.

It applies to large sporting, cultural and political gatherings.

The threat assessment is updated before each event by the competent services.

Information is shared between services with due regard to defence secrecy.

Place Beauvau – 75800 Paris Cedex 08 – Switchboard: 01 49 27 49 27
1/3

Protection perimeters are set by prefectoral order before each event.

Access controls are entrusted to the internal security forces.

Place Beauvau – 75800 Paris Cedex 08 – Switchboard: 01 49 27 49 27
2/3

Figure 1: Number of arrests
2019  ████████████████    436
2020  ██████              254
"""


@pytest.mark.parametrize("page", [RUNNING_FR, RUNNING_EN], ids=["fr", "en"])
def test_running_footers_and_block_charts_are_noise(page: str) -> None:
    got = units(page)
    every = segment(normalise(page, markdown=False))
    footers = [u for u in every if u.text.startswith("Place Beauvau")]
    assert len(footers) == 2 and all(u.noise == "page-header" for u in footers)
    assert got["2019 ████████████████ 436"].noise == "markup"
    assert got["2020 ██████ 254"].noise == "markup"
    title = next(u for t, u in got.items() if t.startswith("Instruction"))
    assert title.noise is None  # printed once: the document's own title
    assert all(u.noise is None for t, u in got.items() if t.startswith(("Les ", "Protection ")))


def _families() -> dict[str, str]:
    rows = (DEVCORPUS / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return dict(r.split("\t") for r in rows if r)


@pytest.fixture(scope="module")
def figures() -> dict[str, list[int]]:
    fam = _families()
    tot: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for raw in sorted((DEVCORPUS / "raw").glob("*.txt")):
        gold = json.loads((DEVCORPUS / "gold" / f"{raw.stem}.json").read_text(encoding="utf-8"))
        doc = parsed(raw)
        body = " ".join(
            f"{b.title} {b.text}" if isinstance(b, Clause) and b.title else b.text
            for b in doc.blocks()
        )
        r = noise_figures(body, gold["noise"], raw.read_text(encoding="utf-8"))
        for key in (fam[raw.name], "ALL"):
            tot[key] = [a + b for a, b in zip(tot[key], r, strict=True)]
    return tot


def test_devcorpus_noise_leaked(figures: dict[str, list[int]]) -> None:
    for key, limit in MAX_LEAKED.items():
        leaked, n, _, _ = figures[key]
        assert leaked / n <= limit, (key, leaked, n)


def test_devcorpus_body_lost_per_family(figures: dict[str, list[int]]) -> None:
    _, _, lost, n = figures["ALL"]
    assert lost / n <= MAX_LOST, (lost, n)
    for key, (_, _, lost, n) in figures.items():
        assert lost <= max(1, round(0.01 * n)), (key, lost, n)
