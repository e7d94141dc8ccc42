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
from ctdocs.layout._segment import is_amendment_note, segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

from ._compare import noise_figures
from .conftest import parsed

DEVCORPUS = Path(__file__).parent / "devcorpus"


def units(text: str, *, markdown: bool = False) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=markdown))}


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


# ---- page furniture and page tools by shape (src/ctdocs/_furniture.py)

PDF_PAGES = {
    "fr": """RAPPORT SUR LA SÉCURITÉ INTÉRIEURE

I. — LE CADRE JURIDIQUE

La commission a entendu les services de l'État sur l'usage des mesures de police administrative, qui se sont multipliées depuis l'entrée en vigueur de la loi en 2017.
____________________
1 Article 5 de la loi du 30 octobre 2017.
2 Source : réponses au questionnaire du rapporteur.
- 6 - CONTRÔLE DE LA LOI SUR LA SÉCURITÉ

II. — LES AJUSTEMENTS

Le rapporteur propose de maintenir l'information du Parlement sur chacune des mesures, afin que le contrôle reste effectif pendant toute la durée de l'expérimentation.

Les tribunaux administratifs ont confirmé la plupart de ces mesures, en rappelant toutefois les exigences de proportionnalité posées par le Conseil constitutionnel.

Le gouvernement de l'intérieur a transmis chaque trimestre au Parlement la liste des mesures prononcées et de leurs motifs, comme la loi le prévoit.

CONTRÔLE DE LA LOI SUR LA SÉCURITÉ - 7 -

Les préfets ont prononcé plus de cinq cents mesures depuis le début de l'expérimentation, dont la moitié à l'égard de personnes sortant de détention.

Les juges administratifs ont confirmé la plupart de ces mesures, en rappelant toutefois les exigences de proportionnalité posées par le Conseil constitutionnel.

Le ministère de l'intérieur a transmis chaque trimestre au Parlement la liste des mesures prononcées et de leurs motifs, comme la loi le prévoit.

CONTRÔLE DE LA LOI SUR LA SÉCURITÉ - 8 -
""",  # noqa: E501
    "en": """REPORT ON DOMESTIC SECURITY

I. THE LEGAL FRAMEWORK

The committee heard the services of the State on the use of administrative police measures, which have grown in number since the law came into force in 2017.
____________________
1 Section 5 of the Act of 30 October 2017.
2 Source: answers to the rapporteur's questionnaire.
- 6 - REVIEW OF THE DOMESTIC SECURITY ACT

II. THE ADJUSTMENTS

The rapporteur proposes to keep Parliament informed of each of the measures, so that the review stays effective for the whole length of the experiment.

Administrative courts upheld most of these measures, while recalling the requirements of proportionality laid down by the Constitutional Council.

The Government sent Parliament every quarter the list of the measures ordered and their grounds, as the law requires.

REVIEW OF THE DOMESTIC SECURITY ACT - 7 -

Prefects have ordered more than five hundred measures since the experiment began, half of them against persons released from prison.

Administrative judges upheld most of these measures, while recalling the requirements of proportionality laid down by the Constitutional Council.

The Ministry of the Interior sent Parliament every quarter the list of the measures ordered and their grounds, as the law requires.

REVIEW OF THE DOMESTIC SECURITY ACT - 8 -
""",  # noqa: E501
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_running_lines_and_footnote_zones(lang: str) -> None:
    got = list(units(PDF_PAGES[lang]).values())
    running = [u for u in got if "CONTRÔLE DE LA LOI" in u.text or "SECURITY ACT" in u.text]
    assert len(running) == 3 and all(u.noise == "page-header" for u in running)
    notes = [u for u in got if u.text[:2] in ("1 ", "2 ")]
    assert len(notes) == 2 and all(u.noise == "page-footer" for u in notes)
    prose = [u for u in got if len(u.text.split()) > 15]
    assert len(prose) == 7 and all(u.noise is None for u in prose)


MENUS = [
    ("Accueil > Recueil systématique > Droit interne > Sécurité de l'État", "navigation"),
    ("Home > Acts > In force > Criminal Code Act 1995", "navigation"),
    ("Mentions légales | Accessibilité | Plan du site | Données personnelles", "navigation"),
    ("Contact | Disclaimer | Accessibility | © Council of Europe 2018", "navigation"),
    # a document's own header line: most items are numbers and dates
    ("Rapport | Doc. 12712 | 16 septembre 2011", None),
    ("Request for an opinion | Doc. 13753 | 16 April 2015", None),
]


@pytest.mark.parametrize(("line", "reason"), MENUS)
def test_menus_and_breadcrumbs(line: str, reason: str | None) -> None:
    prose = (
        "Le Conseil de l'Europe adopte des lignes directrices sur les droits de l'homme et la "
        "lutte contre le terrorisme, qui guident l'action des États membres."
    )
    assert units(f"{line}\n\n{prose}\n")[line].noise == reason


CONTENTS = {
    "fr": "SOMMAIRE\n\nAvant-propos 1\n\nI. Le cadre juridique 3\n\nMembres\n\nAvant-propos\n\n"
    "La commission a entendu les services de l'État sur l'usage des mesures de police, qui se "
    "sont multipliées depuis l'entrée en vigueur de la loi.\n\nMembres\n\n"
    "M. Dupont, président de la commission des lois du Sénat.\n",
    "en": "Contents\n\nForeword 1\n\nI. The legal framework 3\n\nMembers\n\nForeword\n\n"
    "The committee heard the services of the State on the use of police measures, which have "
    "grown in number since the law came into force.\n\nMembers\n\n"
    "Mr Smith, chair of the committee on legal affairs of the Senate.\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_entries_by_page_number_or_later_heading(lang: str) -> None:
    got = segment(normalise(CONTENTS[lang], markdown=False))
    reasons = [u.noise for u in got]
    # heading, two paged entries, one entry that comes back later as a heading
    assert reasons[:4] == ["toc"] * 4
    # the headings themselves, the prose and the second "Members" stay document
    assert all(r is None for r in reasons[4:])


COLUMNS = [
    # a menu or footer copied as text: its links stand in columns
    ("Recueil officiel   Recueil systématique   Feuille fédérale   Consultations", "navigation"),
    ("Contact us   Terms and conditions   Accessibility   Privacy", "navigation"),
    # the header of a table (its rows below have numbers) and a label line stay
    ("Date   Type of amendment   Sections affected", None),
    ("Objet :   Mesures de police   Annexe", None),
]


@pytest.mark.parametrize(("line", "reason"), COLUMNS)
def test_menus_in_columns(line: str, reason: str | None) -> None:
    text = (
        f"{line}\nOct 2015   Revision of the note   R.5\n\n"
        "Le Conseil de l'Europe adopte des lignes directrices sur les droits de l'homme et la "
        "lutte contre le terrorisme, qui guident l'action des États membres.\n"
    )
    if reason is not None:
        text = text.replace("Oct 2015   Revision of the note   R.5\n", "")
    assert units(text)[" ".join(line.split())].noise == reason


CONTACTS = [
    ("Assemblée nationale – 126, rue de l'Université – 75355 Paris 07 SP", "boilerplate"),
    ("Council of Europe – 1, avenue de l'Europe – 67075 Strasbourg Cedex", "boilerplate"),
    ("T: +31 (0)70 763 0050 E: info@example.org www.example.org", "boilerplate"),
    ("Tél. : +33 1 40 63 60 00 – courriel : contact@example.fr", "boilerplate"),
    # a web address among the publisher's name, street and town, with no phone number
    ("Immeuble du Centre, Plateau, Abidjan - 01 BP 1234 Abidjan 01 - www.cen.ci", "boilerplate"),
    ("Centre House, Ring Road, Accra - PO Box 2416 Accra - www.cen.gh", "boilerplate"),
    # the text's own pointer: a label before a colon, or a clause among the parts
    ("Pour suivre l'actualité du ministère de la Sécurité : https://www.example.gouv.fr", None),
    ("The Centre, founded in 2004, publishes its reports at www.example.org each year", None),
    # a statute's note and a dated heading: numbers, but no address
    ("Guidelines of the 1988 Sanctions Committee [Repealed, SOR/2020-115, s. 2]", None),
    ("Loi n° 2017-1510 du 30 octobre 2017, article 5", None),
]


@pytest.mark.parametrize(("line", "reason"), CONTACTS)
def test_addresses_and_contact_lines(line: str, reason: str | None) -> None:
    prose = (
        "The Council of Europe adopts guidelines on human rights and the fight against "
        "terrorism, which guide the action of the member states."
    )
    assert units(f"{prose}\n\n{line}\n")[" ".join(line.split())].noise == reason


RELATED = {
    "fr": (
        "Textes liés",
        "Loi modifiée du 12 novembre 2004 relative à la lutte contre le blanchiment – Texte "
        "coordonné au 1er avril 2023",
    ),
    "en": (
        "Related Documents",
        "Berlin Memorandum on Good Practices for Countering Terrorist Use of Unmanned Aerial "
        "Systems (September 2019)",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_related_box_keeps_long_titles_out(lang: str) -> None:
    head, title = RELATED[lang]
    prose = (
        "The committee heard the services of the State on the use of police measures, which "
        "have grown in number since the law came into force in 2017."
    )
    got = units(f"{prose}\n\n{head}\n\n{title}\n\n{prose.replace('2017', '2018')}\n")
    assert got[head].noise == "web-chrome" and got[title].noise == "web-chrome"
    # the box ends at the first sentence
    assert got[prose.replace("2017", "2018")].noise is None


@pytest.mark.parametrize("line", ["Passer au contenu principal", "Retour haut de page"])
def test_french_page_tools(line: str) -> None:
    prose = (
        "Le Conseil de l'Europe adopte des lignes directrices sur les droits de l'homme et la "
        "lutte contre le terrorisme, qui guident l'action des États membres."
    )
    assert units(f"{line}\n\n{prose}\n")[line].noise == "web-chrome"


@pytest.mark.parametrize(
    "item",
    [
        "Proposition n° 4 : Maintenir l'information trimestrielle du Parlement.",
        "Proposal No. 4: Keep Parliament informed every quarter of the measures.",
    ],
)
def test_list_item_printed_twice_is_not_a_caption(item: str) -> None:
    first = item.replace("4", "3").replace("Maintenir", "Permettre").replace("Keep", "Let")
    text = (
        f"{first}\n{item}\n\n"
        "Réunie le mercredi 10 février 2021, la commission a adopté le rapport et autorisé sa "
        "publication.\n\n"
        f"{first}\n{item}\n"
    )
    got = segment(normalise(text, markdown=False))
    assert [u.noise for u in got if u.text == item] == [None, None]


ARCHIVE_BANNERS = {
    "fr": (
        "Contenu archivé",
        "L'information dont il est indiqué qu'elle est archivée est fournie à des fins de "
        "référence, de recherche ou de tenue de documents.",
    ),
    "en": (
        "Archived Content",
        "Information identified as archived is provided for reference, research or "
        "record-keeping purposes.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_web_archive_banner(lang: str) -> None:
    head, banner = ARCHIVE_BANNERS[lang]
    prose = (
        "The committee heard the services of the State on the use of police measures, which "
        "have grown in number since the law came into force in 2017."
    )
    got = units(f"{head}\n\n{banner}\n\n{prose}\n")
    assert got[head].noise == "web-chrome" and got[banner].noise == "web-chrome"
    assert got[prose].noise is None


AMENDMENT_NOTES = [
    # a consolidation's record of the text's history: noise
    ("Article 5 : modifié par la loi n° 2021-998 du 30 juillet 2021", True),
    (
        "Section 5(3): replaced, on 28 October 2021, by section 3 of the Secondary "
        "Legislation Act 2021 (2021 No 7).",
        True,
    ),
    ("Modifié par Loi n°2016-731 du 3 juin 2016 - art. 5", True),
    # the nominal form, under each article of a consolidated code
    ("Création LOI n°2026-512 du 30 juillet 2026 - art. 4", True),
    ("Abrogation Décret n°2019-1190 du 15 décembre 2019 - art. 1", True),
    ("Création d'un fichier national, prévue par la loi n° 2026-512 - art. 4", False),
    ("Amended by Act No. 12 of 2016, section 5", False),  # no shape of a note: a sentence
    ('2015—Subsec. (a)(1). Pub. L. 114–23 substituted "20 years" for "15 years".', True),
    ("(Ajouté par la loi n° 2019-222 du 23 mars 2019, art. 3)", True),
    ("(Added Pub. L. 104–132, title III, § 303(a), Apr. 24, 1996, 110 Stat. 1250)", True),
    ("Historique des modifications", True),
    ("Endnote 4—Amendment history", True),
    # the text's own amending provisions: content
    ("L'article 421-2 du code pénal est remplacé par les dispositions suivantes :", False),
    ("Section 5(3) is replaced by the following subsection:", False),
    ("Article 3 : Définitions", False),
    ("Section 2: Interpretation", False),
]


@pytest.mark.parametrize(("line", "expected"), AMENDMENT_NOTES)
def test_amendment_notes(line: str, expected: bool) -> None:
    assert is_amendment_note(line) is expected
    page = f"{line}\n\nLe présent décret entre en vigueur le lendemain de sa publication."
    got = segment(normalise(page, markdown=False))[0]
    assert (got.noise == "repository") is expected


# A portal's or a transcriber's word on the copy's standing, between a title and the text.
STANDING = {
    "fr-version": "Elle n'est pas la version officielle ; seul le Journal officiel fait foi.",
    "fr-consolidee": "Version consolidée au 1er mars 2025 – seul le texte publié au Bulletin "
    "officiel fait foi",
    "fr-valeur": "Ce document n'a pas valeur officielle.",
    "en-authenticated": "Disclaimer: the text is not the authenticated version.",
    "en-translation": "Note: This is an unofficial English translation made by the secretariat.",
    "en-proofread": "This text has not been proofread; see the discussion page.",
}
# The text's own words about its languages, and a translation's label alone: never notices.
OWN_WORDS = {
    "fr-foi": "Fait à Dakar, en deux exemplaires, les textes français et anglais faisant "
    "également foi.",
    "fr-seul": "En cas de divergence, seul le texte français fait foi.",
    "en-authentic": "Done at Tashkent in a single copy, both texts being equally authentic.",
    "en-label": "Unofficial translation",
}
_BODY = {
    "fr": "1. Le présent arrêté entre en vigueur le jour de sa publication au recueil.",
    "en": "1. This Order comes into force on the day it is published in the Gazette.",
}


@pytest.mark.parametrize(("key", "line"), [*STANDING.items(), *OWN_WORDS.items()])
def test_a_notice_on_the_copys_standing_is_boilerplate(key: str, line: str) -> None:
    body = _BODY[key[:2]]
    text = (
        f"Arrêté n° 12\n\n{line}\n\n{body}\n"
        if key[:2] == "fr"
        else f"Order No. 12\n\n{line}\n\n{body}\n"
    )
    units = segment(normalise(text, markdown=False))
    got = next(u for u in units if u.text == line.strip())
    assert got.noise == ("boilerplate" if key in STANDING else None), got.noise
    assert next(u for u in units if u.text == body).noise is None


@pytest.mark.parametrize(
    ("text", "gaps", "begin", "end", "piece", "inside"),
    [
        # a heading cut from its page number's column: the gap before the number stays out
        (
            "RÉCAPITULATIF DES RECOMMANDATIONS 11",
            (33,),
            0,
            33,
            "RÉCAPITULATIF DES RECOMMANDATIONS",
            (),
        ),
        ("SUMMARY OF RECOMMENDATIONS 11", (26,), 26, 29, " 11", (0,)),
        # a menu's columns cut after its first word: the gaps after the cut, counted anew
        ("Accueil Contact Plan du site", (7, 15), 8, 28, "Contact Plan du site", (7,)),
        ("Home Contact Sitemap", (4, 12), 5, 20, "Contact Sitemap", (7,)),
    ],
)
def test_a_units_part_keeps_its_place_and_the_gaps_inside_it(
    text: str, gaps: tuple[int, ...], begin: int, end: int, piece: str, inside: tuple[int, ...]
) -> None:
    line = normalise(text, markdown=False).lines[0]
    u = Unit(100, 100 + len(text), text, line, nav=True, page=3, role="footnote", gaps=gaps)
    part = u.part(begin, end, noise="page-number")
    assert part.text == piece and (part.start, part.end) == (100 + begin, 100 + end)
    assert (part.nav, part.page, part.role, part.noise) == (True, 3, "footnote", "page-number")
    assert part.gaps == inside
