"""The layout stage on page furniture and page tools, by shape (src/ctdocs/_furniture.py).

Hand-written pages in French and English side by side: a PDF's running lines and
footnote zones, menus and breadcrumbs, contents entries, menus in columns, addresses
and contact lines, related boxes, page tools, web-archive banners, amendment notes, a
notice on the copy's standing; a units part keeps its place and the gaps inside it.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import is_amendment_note, segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

from ._layoutunits import units

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
