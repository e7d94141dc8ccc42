"""The document's own title (ctdocs.structure._title; guidelines §5 and §6, contract ``doc.title``):
the site's chrome and the title.

A site's name, a masthead or a page title with the site's suffix above the
document is not its title; the title is the head line that names the document.
Rules are checked on small texts written for each (French and English rows side
by side, expected values read off the text by hand), then gated per family on
the dev corpus (tests/devcorpus/) and on the held-out batches, a little under
the figures reached so that a regression shows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language
from ctdocs.structure._title import chrome_like, line_key, site_part_dropped

from ._compare import norm_title
from .conftest import parsed

HERE = Path(__file__).parent
DEV = HERE / "devcorpus"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        # a body's or site's name: no document word
        ("Global Counterterrorism Forum", True),
        ("Assemblée nationale", True),
        ("Council of Europe | Conseil de l'Europe", True),
        ("MINISTÈRE DE L'INTÉRIEUR", True),
        ("Cision | Newswire", True),
        ("Belgique.be - Informations et services officiels", True),
        # a community's name is a body's (a masthead above the document)
        ("COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST", True),
        ("ECONOMIC COMMUNITY OF WEST AFRICAN STATES", True),
        # a site's menu: three items or more between pipes, most of them a few words
        ("Accueil | Secrétaire général | Assemblée générale | Conseil de sécurité", True),
        ("Home | Secretary-General | General Assembly | Security Council", True),
        (
            "[← Chapitre 2 : Cadre](02.md) | [Sommaire](README.md) | [Chapitre 4 →](04.md)",
            True,
        ),
        (
            "[← Chapter 2: Legal framework](02.md) | [Contents](README.md) | [Chapter 4 →](04.md)",
            True,
        ),
        # a title broken after a function word is not a title yet
        ("RESOLUTION ON", True),
        ("DÉCLARATION SUR", True),
        # under two real words
        ("N° 348", True),
        ("EN EN", True),
        # titles: a document word, or a phrase with function words
        ("Brussels Summit Declaration", False),
        ("Déclaration du sommet de Bruxelles", False),
        ("Civil emergency planning", False),
        ("Les engins explosifs improvisés, ou la guerre des bombes invisibles", False),
        ("Explosives Act", False),
        ("Loi sur les explosifs", False),
        # a part's heading inside a larger text
        ("Schedule—The Criminal Code", True),
        ("Appendice IV : Les résolutions des Nations Unies", True),
        ("Introduction", True),
        ("Introduction à la lutte contre le financement du terrorisme", False),
        ("Introduction to the fight against the financing of terrorism", False),
        # an occasion, a distribution line, a kind and who adopted it: front lines
        ("804th meeting – 11 July 2002", True),
        ("Vingt-huitième réunion du Conseil ministériel", True),
        ("Organisation pour la sécurité en Europe FRANÇAIS Original : ANGLAIS", True),
        ("Organization for Security in Europe ENGLISH Original: FRENCH", True),
        ("Resolution adopted by the General Assembly on 22 June 2023", True),
        ("Résolution adoptée par l'Assemblée générale le 22 juin 2023", True),
        # a line that only announces the title below it
        ("Title and reference", True),
        ("Titre", True),
        # a kind of document and its number is a title, short as it is
        ("Resolution 2178 (2014)", False),
        ("Résolution 2178 (2014)", False),
    ],
)
def test_chrome_like(line: str, chrome: bool) -> None:
    assert chrome_like(line) is chrome


@pytest.mark.parametrize(
    ("title", "elsewhere", "kept"),
    [
        # a trailing web address is the site
        (
            "Adapting the Allies' response to the terrorist threat - Example-pa.int",
            [],
            "Adapting the Allies' response to the terrorist threat",
        ),
        (
            "Adapter la réponse des Alliés à la menace terroriste - Exemple-ap.int",
            [],
            "Adapter la réponse des Alliés à la menace terroriste",
        ),
        # the part that stands elsewhere as a line of its own is the title
        (
            "Common position 2001/931 - Council Common Position of 27 December 2001",
            ["Council Common Position of 27 December 2001"],
            "Council Common Position of 27 December 2001",
        ),
        (
            "Position commune 2001/931 - Position commune du Conseil du 27 décembre 2001",
            ["Position commune du Conseil du 27 décembre 2001"],
            "Position commune du Conseil du 27 décembre 2001",
        ),
        # a page title run on into the line below it ends at its site's address
        (
            "Adapter la réponse des Alliés - Nato-pa.int AVANT-PROJET DE RAPPORT",
            [],
            "Adapter la réponse des Alliés",
        ),
        (
            "Countering terrorist financing | example.org DRAFT REPORT",
            [],
            "Countering terrorist financing",
        ),
        # neither: the line stays whole (a dated Belgian title keeps its date)
        (
            "17 MARS 2019. - Loi relative à la protection des infrastructures critiques",
            [],
            "17 MARS 2019. - Loi relative à la protection des infrastructures critiques",
        ),
        (
            "Keeping Canadians Safe Online - Countering Violent Extremist Content",
            [],
            "Keeping Canadians Safe Online - Countering Violent Extremist Content",
        ),
    ],
)
def test_site_part_dropped(title: str, elsewhere: list[str], kept: str) -> None:
    lines = frozenset(line_key(e) for e in elsewhere)
    assert site_part_dropped(title, lines) == kept


# ---- gates on real texts (doc.title == gold title after norm_title)


def _families() -> dict[str, list[str]]:
    fams: dict[str, list[str]] = defaultdict(list)
    for line in (DEV / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, fam = line.split("\t")[:2]
        fams[fam].append(Path(name).stem)
    return dict(fams)


@cache
def _title_right(folder: Path, raw: str, stem: str) -> bool:
    gold = json.loads((folder / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    path = next(p for p in sorted((folder / raw).glob(f"{stem}.*")))
    return norm_title(parsed(path).title) == norm_title(gold.get("title"))


# Reached on this branch: coe 3/4, sharing 11/14, eu 9/9, government 4/5,
# legislation 22/22, nato 15/16, osce 3/3, republishers 1/2, treaties 1/2, un 11/15;
# held out: heldout2 10/12, heldout3 10/12, heldout4 11/12.
TITLE_GATES = {
    "council-of-europe": 0.7,
    "document-sharing-copies": 0.75,
    "eu": 0.95,
    "national-government": 0.75,
    "national-legislation": 0.95,
    "nato": 0.9,
    "osce": 0.95,
    "republishers": 0.5,
    "treaties": 0.5,
    "un": 0.7,
}


@pytest.mark.parametrize("family", sorted(TITLE_GATES))
def test_title_per_family(family: str) -> None:
    stems = _families()[family]
    right = sum(_title_right(DEV, "raw", s) for s in stems)
    assert right / len(stems) >= TITLE_GATES[family], (family, right, len(stems))


@pytest.mark.parametrize(
    ("batch", "floor"),
    [
        ("heldout3", 0.8),
        ("heldout2", 0.8),
        ("heldout4", 0.85),
        ("heldout5", 0.7),
        ("heldout9", 0.45),  # 6/12
    ],
)
def test_title_held_out(batch: str, floor: float) -> None:
    folder = HERE / batch
    stems = sorted(p.stem for p in (folder / "gold").glob("*.json"))
    right = sum(_title_right(folder, "texts", s) for s in stems)
    assert right / len(stems) >= floor, (batch, right, len(stems))


MEETING_LINES = [
    # a meeting's line with its date, and a label carrying the symbol, stand above the title
    (
        "en",
        "Press Communiqué M-NAC-2(96)165\n\nFinal Communiqué\n\n"
        "Ministerial Meeting of the North Atlantic Council held at NATO Headquarters, "
        "Brussels, on 10 December 1996\n\n1. We met today to review progress in the "
        "adaptation of the Alliance.\n",
        "Final Communiqué",
    ),
    (
        "fr",
        "Communiqué de presse M-NAC-2(96)165\n\nCommuniqué final\n\n"
        "Réunion ministérielle du Conseil de l'Atlantique Nord tenue au siège de l'OTAN, "
        "Bruxelles, le 10 décembre 1996\n\n1. Nous nous sommes réunis aujourd'hui pour faire "
        "le point de l'adaptation de l'Alliance.\n",
        "Communiqué final",
    ),
    # an adoption line names no title; the document's name below it does
    (
        "en",
        "A/RES/77/298\n\nResolution adopted by the General Assembly on 22 June 2023\n\n"
        "77/298. The United Nations Global Counter-Terrorism Strategy: eighth review\n\n"
        "The General Assembly,\n",
        "The United Nations Global Counter-Terrorism Strategy: eighth review",
    ),
    (
        "fr",
        "A/RES/77/298\n\nRésolution adoptée par l'Assemblée générale le 22 juin 2023\n\n"
        "77/298. Stratégie antiterroriste mondiale des Nations Unies : huitième examen\n\n"
        "L'Assemblée générale,\n",
        "Stratégie antiterroriste mondiale des Nations Unies : huitième examen",
    ),
]


@pytest.mark.parametrize(("lang", "text", "title"), MEETING_LINES)
def test_dated_meeting_lines_are_no_titles(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        (
            "Meeting of the Council held at Headquarters, Brussels, on 10 December 1996",
            True,
        ),
        ("Réunion du Conseil tenue à Bruxelles, le 10 décembre 1996", True),
        ("804th meeting – 11 July 2002", True),
        # an act's title keeps its date, and so does a document's name with its place of signature
        ("Council Decision (CFSP) 2023/2104 of 9 October 2023", False),
        ("Loi du 23 mars 2023 relative au renforcement des moyens de lutte", False),
        (
            "Protocol for the Suppression of Unlawful Acts, Done at Montreal on 23 September 1971",
            False,
        ),
    ],
)
def test_lines_ending_on_a_meeting_date(line: str, chrome: bool) -> None:
    assert chrome_like(line) is chrome


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a database's name as the first heading line yields to the act's title below it
        (
            "fr",
            "JUSTEL - Législation consolidée\n\nTitre\n5 MAI 2019. - Loi portant des "
            "dispositions diverses en matière de lutte contre le terrorisme et de sécurité "
            "aérienne (1)\n\nSource : JUSTICE\n\nArticle 1er. La présente loi règle une matière "
            "visée à l'article 74 de la Constitution.\n",
            "5 MAI 2019. - Loi portant des dispositions diverses en matière de lutte contre le "
            "terrorisme et de sécurité aérienne",
        ),
        (
            "en",
            "LEXBASE - Consolidated legislation\n\nTitle\n5 MAY 2019. - Act laying down various "
            "provisions on the fight against terrorism and on the security of air transport "
            "(1)\n\nSource: JUSTICE\n\nArticle 1. This Act governs a matter referred to in "
            "Article 74 of the Constitution.\n",
            "5 MAY 2019. - Act laying down various provisions on the fight against terrorism "
            "and on the security of air transport",
        ),
        # a short title that names an act stands above its long title
        (
            "en",
            "Explosives Act\n\nAn Act respecting the manufacture, testing, acquisition, "
            "possession, sale, storage, transportation, importation and exportation of "
            "explosives\n\nShort Title\n\n1 This Act may be cited as the Explosives Act.\n",
            "Explosives Act",
        ),
        (
            "fr",
            "Loi sur les explosifs\n\nLoi concernant la fabrication, l'essai, l'acquisition, "
            "la possession, la vente, le stockage et le transport des explosifs\n\nTitre "
            "abrégé\n\n1 Loi sur les explosifs.\n",
            "Loi sur les explosifs",
        ),
    ],
)
def test_a_document_title_overrules_a_site_name(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a breadcrumb trail that repeats the page's name is chrome, not its title
        (
            "fr",
            "Rechercher sur le site\nVous êtes ici : Accueil \u203a Actualités \u203a "
            "Plan Vigipirate : "
            "nouvelle posture « Urgence attentat »\n\nPlan Vigipirate : le niveau « Urgence "
            "attentat » activé sur l'ensemble du territoire\n\nPublié le 24 mars 2024\n\n"
            "Le Premier ministre a décidé de porter la posture au niveau le plus haut.\n",
            "Plan Vigipirate : le niveau « Urgence attentat » activé sur l'ensemble du territoire",
        ),
        (
            "en",
            "Search the site\nYou are here: Home > News > Vigipirate Plan: new posture "
            "'Emergency attack'\n\nVigipirate Plan: the 'Emergency attack' level raised across "
            "the whole territory\n\nPublished on 24 March 2024\n\n"
            "The Prime Minister has decided to raise the posture to its highest level.\n",
            "Vigipirate Plan: the 'Emergency attack' level raised across the whole territory",
        ),
    ],
)
def test_breadcrumbs_are_no_titles(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title
    trail = text.splitlines()[1]
    assert chrome_like(trail)
    assert not chrome_like(trail.replace(" \u203a ", " : ").replace(" > ", " : "))


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a community's masthead in three languages above the declaration
        (
            "fr",
            "COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST\nECONOMIC COMMUNITY OF WEST "
            "AFRICAN STATES\nCOMUNIDADE ECONÓMICA DOS ESTADOS DA ÁFRICA OCIDENTAL\n\n"
            "ECW/CEG.69/DEC.2/12/25\n\nAbuja, 14 décembre 2025\n\nDÉCLARATION D'ABUJA SUR LA "
            "LUTTE CONTRE LE TERRORISME EN AFRIQUE DE L'OUEST\n\nNOUS, Chefs d'État et de "
            "Gouvernement de la Communauté, réunis en notre soixante-neuvième session ordinaire, "
            "adoptons la présente déclaration.\n",
            "DÉCLARATION D'ABUJA SUR LA LUTTE CONTRE LE TERRORISME EN AFRIQUE DE L'OUEST",
        ),
        (
            "en",
            "ECONOMIC COMMUNITY OF WEST AFRICAN STATES\nCOMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE "
            "L'AFRIQUE DE L'OUEST\nCOMUNIDADE ECONÓMICA DOS ESTADOS DA ÁFRICA OCIDENTAL\n\n"
            "ECW/CEG.69/DEC.2/12/25\n\nAbuja, 14 December 2025\n\nABUJA DECLARATION ON THE "
            "FIGHT AGAINST TERRORISM IN WEST AFRICA\n\nWE, Heads of State and Government of the "
            "Community, meeting in our sixty-ninth ordinary session, adopt this declaration.\n",
            "ABUJA DECLARATION ON THE FIGHT AGAINST TERRORISM IN WEST AFRICA",
        ),
        # a site's menu above a press release's headline
        (
            "en",
            "Skip to main content Welcome to the United Nations Meetings Coverage and Press "
            "Releases Home | Secretary-General | General Assembly | Security Council | Press "
            "Briefings\n\n9847TH MEETING (AM) 14 MAY 2026\n\nTerrorist Use of Unmanned Aircraft "
            "Systems Poses Growing Threat to Critical Infrastructure, Speakers Tell Security "
            "Council\n\nThe Security Council heard briefings today on the threat that unmanned "
            "aircraft pose to airports, ports and energy sites across several regions.\n",
            "Terrorist Use of Unmanned Aircraft Systems Poses Growing Threat to Critical "
            "Infrastructure, Speakers Tell Security Council",
        ),
        (
            "fr",
            "Aller au contenu principal Bienvenue aux Nations Unies Couverture des réunions et "
            "communiqués de presse Accueil | Secrétaire général | Assemblée générale | Conseil "
            "de sécurité | Points de presse\n\n9847E SÉANCE (MATIN) 14 MAI 2026\n\nLes drones "
            "aux mains des terroristes menacent de plus en plus les infrastructures critiques, "
            "avertissent les intervenants au Conseil de sécurité\n\nLe Conseil de sécurité a "
            "entendu aujourd'hui des exposés sur la menace que font peser les drones sur les "
            "aéroports, les ports et les sites énergétiques.\n",
            "Les drones aux mains des terroristes menacent de plus en plus les infrastructures "
            "critiques, avertissent les intervenants au Conseil de sécurité",
        ),
        # a handbook's chapter published as a page: its level-1 heading under a link bar
        (
            "en",
            "[← Chapter 2: Legal framework](02.md) | [Contents](README.md) | [Chapter 4: "
            "International cooperation →](04.md)\n\n# Chapter 3. Investigating and prosecuting "
            "terrorist financing involving virtual assets\n\n> **Key points**\n> - Virtual "
            "assets are a growing, though still minor, share of terrorist financing flows.\n",
            "Chapter 3. Investigating and prosecuting terrorist financing involving virtual assets",
        ),
        (
            "fr",
            "[← Chapitre 2 : Cadre juridique](02.md) | [Sommaire](README.md) | [Chapitre 4 : "
            "Coopération internationale →](04.md)\n\n# Chapitre 3. Enquêter sur le financement "
            "du terrorisme au moyen d'actifs virtuels\n\n> **Points clés**\n> - Les actifs "
            "virtuels sont une part croissante, bien que minime, des flux de financement.\n",
            "Chapitre 3. Enquêter sur le financement du terrorisme au moyen d'actifs virtuels",
        ),
    ],
)
def test_titles_under_mastheads_and_menus(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a converter's comment and a skip or back link opening a Markdown export are the
        # page's furniture; the level-1 heading under them is the title
        (
            "en",
            "<!-- Converted from the PDF with pdf2md; check tables against the original -->\n\n"
            "[\u2190 Back to circulars index](../index.md)\n\n"
            "# GUIDANCE ON THE SECURITY OF PORT FACILITIES\n\n"
            "1 The Committee approved the Guidance set out in the annex.\n",
            "GUIDANCE ON THE SECURITY OF PORT FACILITIES",
        ),
        (
            "fr",
            "<!-- Converti depuis le PDF avec pdf2md ; vérifier les tableaux -->\n\n"
            "[\u2190 Retour à l'index des circulaires](../index.md)\n\n"
            "# DIRECTIVES SUR LA SÛRETÉ DES INSTALLATIONS PORTUAIRES\n\n"
            "1 Le Comité a approuvé les directives figurant en annexe.\n",
            "DIRECTIVES SUR LA SÛRETÉ DES INSTALLATIONS PORTUAIRES",
        ),
    ],
)
def test_links_and_comments_are_no_titles(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang, layout="markdown").title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a page whose first lines are the site's banner prose: the breadcrumb trail ends on
        # the page it leads to, and the head's line that opens with that item is the title
        (
            "en",
            "<p>An official website of the Example Government</p>"
            "<p>Official websites use .example. A .example website belongs to an official "
            "government organization.</p>"
            "<nav><p>Home \u203a News \u203a Press Releases \u203a Treasury Sanctions Arms "
            "Brokers in Three Countries</p></nav>"
            "<h2>Treasury Sanctions Arms Brokers in Three Countries</h2>"
            "<p>March 3, 2025</p><p>WASHINGTON \u2014 Today, the Department of the Treasury "
            "designated two brokers who supplied weapons to a terrorist group. The brokers "
            "used front companies in several countries to move the weapons and the funds.</p>",
            "Treasury Sanctions Arms Brokers in Three Countries",
        ),
        (
            "fr",
            "<p>Un site officiel du Gouvernement de l'Exemple</p>"
            "<p>Les sites officiels utilisent .exemple. Un site .exemple appartient à une "
            "organisation gouvernementale officielle.</p>"
            "<nav><p>Accueil \u203a Actualités \u203a Communiqués \u203a Le Trésor sanctionne "
            "des courtiers en armes</p></nav>"
            "<h2>Le Trésor sanctionne des courtiers en armes</h2>"
            "<p>3 mars 2025</p><p>WASHINGTON \u2014 Aujourd'hui, le Trésor a désigné deux "
            "courtiers qui ont fourni des armes à un groupe terroriste. Les courtiers ont "
            "utilisé des sociétés écrans dans plusieurs pays pour acheminer les armes.</p>",
            "Le Trésor sanctionne des courtiers en armes",
        ),
    ],
)
def test_the_breadcrumb_names_the_page(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang, layout="html").title == title
