"""A site's chrome around the text (ctdocs.layout._furniture, _segment): title bars,
banners, menus, breadcrumbs, page tools, footers and related-items boxes; and the
document's own lines among them, which stay.

Hand-written pages, French and English side by side.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._furniture import (
    is_menu,
)
from ctdocs.layout._segment import is_front_matter, segment
from ctdocs.normalise._text import normalise

from ._furniturepages import PROSE, PROSE2, units


@pytest.mark.parametrize(
    "line",
    [
        "ADAPTER LA RÉPONSE DES ALLIÉS À LA MENACE TERRORISTE - Nato-pa.int",
        "Adapting the Allies' response to the terrorist threat | nato-pa.int",
    ],
)
def test_a_page_title_bar_with_the_sites_domain(line: str) -> None:
    lang = "en" if line.isascii() else "fr"
    got = units(f"{line}\n\n{PROSE[lang]}\n\n{PROSE2[lang]}\n")
    assert got[line].noise == "web-chrome"


SLUGS = {
    "fr": "décision n° 1063 cadre consolidé de l`osce pour la lutte contre le",
    "en": "council conclusions on counter-terrorism foreign affairs council ...",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_file_hosts_lower_case_title_over_the_text(lang: str) -> None:
    wrapped = (
        "et les services sociaux des États membres" if lang == "fr" else "and the social services"
    )
    page = "\n\n".join([SLUGS[lang], PROSE[lang], wrapped, PROSE2[lang]])  # wrapped: 3rd line
    got = units(page)
    assert got[SLUGS[lang]].noise == "web-chrome"
    # a lower-case line further down is the document's (a wrapped paragraph's end)
    assert got[wrapped].noise is None
    # a title with capitals stays
    titled = SLUGS[lang][0].upper() + SLUGS[lang][1:]
    assert units("\n\n".join([titled, PROSE[lang], PROSE2[lang]]))[titled].noise is None


# The site's title bar as the page's first line: two short names, a spaced separator.
TITLE_BARS = [
    ("LEXNET - Législation consolidée", "boilerplate"),
    ("Portail juridique – Grand-Duché", "boilerplate"),
    ("LawNet / Legal Information Service", "boilerplate"),
    ("FREE DIGITAL LIBRARY - Papers, theses, books", "boilerplate"),
    # a headline after a cue, a meeting's line with its date: the document's
    ("ARCHIVÉ - Le gouvernement présente sa nouvelle stratégie contre le terrorisme", None),
    ("ARCHIVED - Government confronts terrorist threats through its new strategy", None),
    ("804e réunion des Délégués – 11 juillet 2002", None),
    ("804th meeting – 11 July 2002", None),
]


@pytest.mark.parametrize(("line", "reason"), TITLE_BARS)
def test_a_sites_title_bar_over_the_text(line: str, reason: str | None) -> None:
    page = "\n\n".join([line, PROSE["fr"], PROSE2["en"]])
    assert units(page)[line].noise == reason
    # lower down, or printed again in the text (the title's copy), it is no bar
    assert units("\n\n".join([PROSE["fr"], line, PROSE2["en"]]))[line].noise is None
    again = "\n\n".join([line, PROSE["fr"], line, PROSE2["en"]])
    assert segment(normalise(again, markdown=False))[0].noise is None


@pytest.mark.parametrize(
    "line",
    [
        "Service canadien du renseignement de sécurité – Rémi Lavoie, directeur adjoint",
        "Canadian Security Intelligence Service – Tricia Geddes, Assistant Director",
    ],
)
def test_a_line_given_alone_is_the_text_not_a_title_bar(line: str) -> None:
    assert units(line)[line].noise is None


BANNER = {
    "fr": ["Portail des lois du Grand Pays", "Ministère de la Justice"],
    "en": ["Grand Country Legislation", "Office of the Legal Counsel"],
}
MENU = {
    "fr": "Accueil > Lois > En vigueur > Loi de 2022",
    "en": "Home > Acts > In force > Act 2022",
}
DOC_TITLE = {
    "fr": "Loi de 2022 relative aux infrastructures critiques",
    "en": "Critical Infrastructure Act 2022",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sites_banner_above_its_breadcrumb(lang: str) -> None:
    page = "\n\n".join([*BANNER[lang], MENU[lang], DOC_TITLE[lang], PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[MENU[lang]].noise == "navigation"
    for line in BANNER[lang]:
        assert got[line].noise == "web-chrome", line
    assert got[DOC_TITLE[lang]].noise is None
    assert got[PROSE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_copy_between_two_menus_stays(lang: str) -> None:
    """The page-title copy of the document's title, printed again below, is not chrome."""
    share = "Imprimer | Partager | Télécharger" if lang == "fr" else "Print | Share | Download"
    page = "\n\n".join(
        [MENU[lang], DOC_TITLE[lang], share, DOC_TITLE[lang], PROSE[lang], PROSE2[lang]]
    )
    got = [u for u in segment(normalise(page, markdown=False)) if u.text == DOC_TITLE[lang]]
    assert got[0].noise != "web-chrome"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_above_a_cue_line_is_not_a_banner(lang: str) -> None:
    """At the top of the page only a menu below proves a banner."""
    archived = "Contenu archivé" if lang == "fr" else "Archived Content"
    page = "\n\n".join([DOC_TITLE[lang], archived, PROSE[lang], PROSE2[lang]])
    assert units(page)[DOC_TITLE[lang]].noise is None


TOP_BANNER = {
    "fr": "Portail du droit de l'Union européenne",
    "en": "Access to the law of the Union",
}
PAGE_TOOLS = {
    "fr": ["Aller au contenu principal", "Partager cette page"],
    "en": ["Skip to main content", "Share this page"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sites_name_over_a_run_of_page_tools(lang: str) -> None:
    """The page's first line alone over two lines of page tools is the site's banner."""
    page = "\n\n".join([TOP_BANNER[lang], *PAGE_TOOLS[lang], DOC_TITLE[lang], PROSE[lang]])
    got = units(page)
    assert got[TOP_BANNER[lang]].noise == "web-chrome"
    assert got[DOC_TITLE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_first_line_with_figures_over_page_tools_stays(lang: str) -> None:
    """A symbol or a date over the page tools is the document's head, not a banner; so is
    a first line over one tool line only."""
    symbol = "Nations Unies A/72/840" if lang == "fr" else "United Nations A/72/840"
    page = "\n\n".join([symbol, *PAGE_TOOLS[lang], DOC_TITLE[lang], PROSE[lang]])
    assert units(page)[symbol].noise is None
    page = "\n\n".join([TOP_BANNER[lang], PAGE_TOOLS[lang][0], DOC_TITLE[lang], PROSE[lang]])
    assert units(page)[TOP_BANNER[lang]].noise is None


SITE_FOOTER = {
    "fr": [
        "Chancellerie d'État – Service des publications",
        "Autres communiqués du ministère de la Sécurité publique",
        "République française – Premier ministre – Secrétariat général",
    ],
    "en": [
        "State Chancellery – Publications Office",
        "Other releases from the Ministry of Public Safety",
        "All contents copyright © 2017. All rights reserved.",
    ],
}
FOOT_MENU = {
    "fr": "Plan du site | Accessibilité | Mentions légales | Contact",
    "en": "Site map | Accessibility | Legal notice | Contact",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sites_footer_under_the_text(lang: str) -> None:
    """Under the text, between the page's menu and the end of the page: the site's footer."""
    page = "\n\n".join([PROSE[lang], PROSE2[lang], FOOT_MENU[lang], *SITE_FOOTER[lang]])
    got = units(page)
    assert got[FOOT_MENU[lang]].noise == "navigation"
    for line in SITE_FOOTER[lang]:
        assert got[line].noise == "web-chrome", line
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_paragraph_below_keeps_the_run(lang: str) -> None:
    """Below a menu, a run that ends on the document's prose is no footer."""
    page = "\n\n".join([PROSE[lang], FOOT_MENU[lang], SITE_FOOTER[lang][1], PROSE2[lang]])
    got = units(page)
    assert got[SITE_FOOTER[lang][1]].noise is None
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize(
    "line",
    [
        "Vous êtes ici : Accueil \u203a Actualités \u203a "
        "Plan Vigipirate : nouvelle posture « Urgence attentat »",
        "You are here: Home \u203a News \u203a Vigipirate plan : new posture « Emergency attack »",
    ],
)
def test_a_breadcrumb_with_spaced_punctuation(line: str) -> None:
    assert is_menu(line)


SEE_ALSO = {
    "fr": "Voir aussi : Rapport d'information n° 4184 sur l'évaluation de la loi relative au "
    "renseignement",
    "en": "See also: Information report No 4184 on the evaluation of the act on the "
    "intelligence services",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wordy_footer_line_between_two_page_tools(lang: str) -> None:
    """A footer's line may read as prose; between two page tools under the text it is the
    site's."""
    top = "Retour haut de page" if lang == "fr" else "Back to top"
    page = "\n\n".join([PROSE[lang], PROSE2[lang], top, SEE_ALSO[lang], FOOT_MENU[lang]])
    got = units(page)
    assert got[top].noise == "web-chrome"
    assert got[SEE_ALSO[lang]].noise == "web-chrome"
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_banner_line_named_in_the_text_stays(lang: str) -> None:
    """The body named in the banner is named in the text too: left to the head reader."""
    named = "Comité des Ministres" if lang == "fr" else "Committee of Ministers"
    page = "\n\n".join([named, MENU[lang], DOC_TITLE[lang], PROSE[lang], PROSE2[lang]])
    assert units(page)[named].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_line_under_a_breadcrumb_is_the_pages_title(lang: str) -> None:
    title = "Décision n° 2021-822 DC" if lang == "fr" else "Decision No 2021-822 DC"
    share = "Imprimer | Partager | Télécharger" if lang == "fr" else "Print | Share | Download"
    flag = "Non conformité partielle" if lang == "fr" else "Partial non-conformity"
    page = "\n\n".join([MENU[lang], title, flag, share, PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[share].noise == "navigation"
    assert got[flag].noise == "web-chrome"
    assert got[title].noise is None


SESSION = {
    "fr": "42e législature, 1re session (3 décembre 2015 - 11 septembre 2019)",
    "en": "42nd Parliament, 1st Session (December 3, 2015 - September 11, 2019)",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_parliaments_session_line_under_a_breadcrumb_stays(lang: str) -> None:
    """The committee's name and its parliament's session line between a breadcrumb and a
    page's tools are the report's own head, not the site's banner."""
    share = "Imprimer | Partager | Télécharger" if lang == "fr" else "Print | Share | Download"
    committee = (
        "Comité sénatorial permanent de la sécurité nationale"
        if lang == "fr"
        else "Standing Senate Committee on National Security"
    )
    page = "\n\n".join([MENU[lang], committee, SESSION[lang], share, PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[share].noise == "navigation"
    assert got[SESSION[lang]].noise is None
    assert is_front_matter(SESSION[lang])


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Conseil décide de renforcer la coopération avec ses partenaires contre le terrorisme",
        "The Council decides to strengthen its cooperation with partners against terrorism",
    ],
)
def test_paragraphs_between_menus_stay_text(sentence: str) -> None:
    # a page whose paragraphs alternate with menus: each paragraph has a page tool on both
    # sides, but prose below it, so none is a site footer
    html = (
        "<html><body>"
        + "".join(
            f"<nav><a href='#'>Menu {k}</a></nav><p>{sentence} ({k}).</p>\n" for k in range(8)
        )
        + "</body></html>"
    )
    doc = parse_text(html, layout="html")
    assert [b.text for b in doc.blocks()] == [f"{sentence} ({k})." for k in range(8)]
    assert {x.reason for x in doc.noise} == {"navigation"}


RELATED = {
    "fr": (
        "Éléments liés",
        "Communiqué de la 1240e réunion du CPS sur le Soudan (12 novembre 2024)",
    ),
    "en": (
        "Related Items",
        "Communiqué of the 1240th meeting of the PSC on Sudan (12 November 2024)",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_related_items_box_after_the_text(lang: str) -> None:
    head, item = RELATED[lang]
    got = units("\n\n".join([PROSE[lang], PROSE2[lang], head, item]))
    assert got[head].noise == "web-chrome" and got[item].noise == "web-chrome"
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize(
    "line",
    [
        "Le nombre de consultations : 1 873 en 2024 selon le ministère.",
        "The number of hits: 1873 in 2024 according to the ministry.",
    ],
)
def test_a_count_inside_a_sentence_is_no_hit_counter(line: str) -> None:
    lang = "en" if line.isascii() else "fr"
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE2[lang]}\n")
    assert got[line].noise is None


# A short page whose whole text stands between its page tools: the open run from the menu
# down to the share row holds the text's prose, so its head lines are the document's own.
SHORT_PAGE = {
    "fr": (
        "Ministère de la Sécurité du Bénin",
        "Accueil | Actualités | Publications | Contact",
        "Arrêté portant interdiction des drones autour du port de Cotonou",
        "Partager : Facebook | X | WhatsApp | Courriel",
    ),
    "en": (
        "Ministry of Home Affairs of Botswana",
        "Home | News | Publications | Contact",
        "Minister announces a ban on drones around Gaborone airport",
        "Share this page: Facebook | X | WhatsApp | Email",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_in_one_run_with_the_text_is_no_banner(lang: str) -> None:
    """The site's name over the menu is its banner; the title under the menu runs on into
    the prose with no page tool between them, and stays, as does the prose."""
    site, menu, title, share = SHORT_PAGE[lang]
    got = units("\n\n".join([site, menu, title, PROSE[lang], PROSE2[lang], share]))
    assert got[site].noise == "web-chrome"
    assert got[menu].noise == "navigation"
    assert got[title].noise is None
    assert got[PROSE[lang]].noise is None
