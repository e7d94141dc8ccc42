"""Noise the layout stage's rules once left open, by shape: a contents block whose page
numbers a PDF's text layer put on lines of their own, a picture's words (a word cloud)
left open deep inside its other words, a record's label over its value beside a field
already set aside, and a chrome link's gloss. Hand-written pages, French and English side
by side, and the lines that must stay: a list numbered one item per number, a heading
with noise on one side only, a lone label and value, a title that opens with a short
chrome label."""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.layout._pictures import mark_cloud_gaps
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.layout._webtails import mark_chrome_glosses
from ctdocs.normalise._text import normalise


def _units(text: str) -> list[Unit]:
    return segment(normalise(text, markdown=False))


def _noise(units: list[Unit], text: str) -> str | None:
    return next(u.noise for u in units if u.text == text)


PAGED_EN = """Countering terrorist financing in the Sahel
Policy Paper No. 12 - March 2024
1
What is at stake
1
Cash couriers and hawala networks
Mobile money
3
5
Regional cooperation and its limits
9
Recommendations for donors
Since the early two thousands, armed groups in the Sahel have financed themselves through kidnapping, smuggling and the taxation of local markets, and the states of the region have struggled to follow the money.
"""

PAGED_FR = """Lutter contre le financement du terrorisme au Sahel
Note de recherche n° 12 - mars 2024
1
Les enjeux
1
Les convoyeurs de fonds et la hawala
Argent mobile
3
5
La coopération régionale et ses limites
9
Recommandations aux bailleurs
Depuis le début des années deux mille, les groupes armés du Sahel se financent par les enlèvements, la contrebande et le prélèvement de taxes sur les marchés locaux, et les États de la région peinent à suivre l'argent.
"""


@pytest.mark.parametrize(
    ("page", "entries", "kept"),
    [
        (PAGED_FR, ["Les convoyeurs de fonds et la hawala", "Argent mobile", "5"], "Les enjeux"),
        (PAGED_EN, ["Cash couriers and hawala networks", "Mobile money", "5"], "What is at stake"),
    ],
    ids=["fr", "en"],
)
def test_contents_block_with_page_numbers_on_their_own_lines_is_toc(
    page: str, entries: list[str], kept: str
) -> None:
    got = _units(page)
    assert all(_noise(got, e) == "toc" for e in entries)
    # the block runs from its first page number to its last: the paper's own head stays
    assert _noise(got, page.splitlines()[0]) is None
    assert _noise(got, kept) == "toc"
    assert got[-1].noise is None  # the prose under the block


LIST_EN = """Measures adopted by the council
1
Freezing of funds
2
Travel ban
3
Arms embargo
4
Reporting to the committee
The council reviews these measures every twelve months and reports on them to the assembly.
"""

LIST_FR = """Mesures adoptées par le conseil
1
Gel des avoirs
2
Interdiction de voyager
3
Embargo sur les armes
4
Rapport au comité
Le conseil réexamine ces mesures tous les douze mois et en rend compte à l'assemblée.
"""


@pytest.mark.parametrize(
    ("page", "item"),
    [(LIST_FR, "Embargo sur les armes"), (LIST_EN, "Arms embargo")],
    ids=["fr", "en"],
)
def test_list_numbered_one_item_per_number_stays(page: str, item: str) -> None:
    got = _units(page)
    assert _noise(got, item) is None
    assert all(u.noise != "toc" for u in got)


CLOUD_FR = "\n\n".join(
    [
        *("Menace", "Europe", "Cibles", "Victimes", "Protéger", "Réprimer", "Identifier", "Armes"),
        *("Contrôler Europe Cibles", "Entraver"),
        *("Explosifs", "Résilience", "Cribler", "Lutter", "Terroriste", "Connaître", "Créer", "Ar"),
    ]
)
CLOUD_EN = "\n\n".join(
    [
        *("Threat", "Europe", "Targets", "Victims", "Protect", "Punish", "Identify", "Weapons"),
        *("Control Europe Targets", "Hinder"),
        *("Explosives", "Resilience", "Screen", "Fight", "Terrorist", "Know", "Create", "We"),
    ]
)


@pytest.mark.parametrize("page", [CLOUD_FR, CLOUD_EN], ids=["fr", "en"])
@pytest.mark.parametrize("frame", [8, 7], ids=["deep", "shallow"])
def test_words_left_open_inside_a_picture_take_its_reason(page: str, frame: int) -> None:
    got = _units(page)
    assert len(got) == 18
    for k, u in enumerate(got):  # the picture's words above the gap: the last ``frame``
        u.noise = None if 8 <= k < 10 or k < 8 - frame else "markup"
    mark_cloud_gaps(got)
    gap = {u.noise for u in got[8:10]}
    assert gap == ({"markup"} if frame == 8 else {None})


HEADING_EN = "\n\n".join(
    [f"Menu item {k}" for k in range(8)]
    + [
        "Annual report",
        "The committee met four times in the year under review and adopted two reports.",
    ]
    + [f"Footer link {k}" for k in range(8)]
)
HEADING_FR = "\n\n".join(
    [f"Rubrique {k}" for k in range(8)]
    + [
        "Rapport annuel",
        "Le comité s'est réuni quatre fois au cours de l'année et a adopté deux rapports.",
    ]
    + [f"Lien de pied {k}" for k in range(8)]
)


@pytest.mark.parametrize("page", [HEADING_FR, HEADING_EN], ids=["fr", "en"])
def test_heading_over_prose_between_menus_stays(page: str) -> None:
    got = _units(page)
    for k, u in enumerate(got):
        u.noise = None if k in (8, 9) else "navigation"
    mark_cloud_gaps(got)
    assert got[8].noise is None and got[9].noise is None


RECORD_FR = """Chapitre

Annexe II : Textes adoptés par le Conseil

Auteur(s) :
Fonds monétaire international
{stamp}Partager

Résolution 1390 (2002)

Le Conseil de sécurité,

Rappelant ses résolutions antérieures sur la situation en Afghanistan, et en particulier sa résolution 1267 (1999) du 15 octobre 1999,

Décide que tous les États prendront les mesures prévues par la présente résolution.
"""

RECORD_EN = """Chapter

Annex II: Texts adopted by the Council

Author(s):
International Monetary Fund
{stamp}Share

Resolution 1390 (2002)

The Security Council,

Recalling its previous resolutions on the situation in Afghanistan, in particular resolution 1267 (1999) of 15 October 1999,

Decides that all States shall take the measures set out in this resolution.
"""


@pytest.mark.parametrize(
    ("page", "stamp", "value"),
    [
        (RECORD_FR, "Date de publication :\nmars 2004\n", "Fonds monétaire international"),
        (RECORD_EN, "Published Date:\nMarch 2004\n", "International Monetary Fund"),
    ],
    ids=["fr", "en"],
)
@pytest.mark.parametrize("beside", [True, False], ids=["beside-stamp", "alone"])
def test_label_over_value_beside_a_record_pair_is_metadata(
    page: str, stamp: str, value: str, beside: bool
) -> None:
    got = _units(page.format(stamp=stamp if beside else ""))
    # alone, the pair is the line scorer's to class, not this rule's
    assert (_noise(got, value) == "metadata") is beside
    assert _noise(got, page.splitlines()[2]) is None  # the chapter's title above the box


@pytest.mark.parametrize(
    ("chrome", "gloss", "title"),
    [
        (
            "Fiches de synthèse de la législation",
            "Fiches de synthèse de la législation : accès direct à la page des fiches.",
            "Fiches de synthèse : la lutte contre le financement du terrorisme dans l'Union",
        ),
        (
            "Summaries of EU legislation",
            "Summaries of EU Legislation - direct access to the summaries page.",
            "Summaries: the fight against terrorist financing in the Union",
        ),
    ],
    ids=["fr", "en"],
)
def test_a_chrome_links_gloss_takes_its_reason(chrome: str, gloss: str, title: str) -> None:
    long_gloss = (
        gloss.rstrip(".") + ", updated every week by the services of the publications office."
    )
    got = _units("\n\n".join([chrome, title, gloss, long_gloss]))
    for u in got:
        u.noise = None
    got[0].noise = "boilerplate"
    mark_chrome_glosses(got, lambda u: False)
    assert [u.noise for u in got] == ["boilerplate", None, "boilerplate", None]
