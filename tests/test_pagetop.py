"""The site's banner above a web page's own chrome, French and English side by side
(src/ctdocs/layout/_pagetop.py): a run of at most four short open lines with only noise
above it and the site's chrome (navigation, web chrome, boilerplate) right below it is
set aside with the chrome's reason, when a line that may be the title stays open below
before the text's first sentence. A title right above a share bar with the text under
it, a line with a figure, a line over a stamp or a contents list, a run below the text's
first open sentence, a run too long for a banner and a protected line stay open."""

from __future__ import annotations

import pytest

from ctdocs.layout._pagetop import mark_page_top
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

TITLE = {
    "fr": "Le parquet requiert le renvoi de six personnes devant la cour d'assises",
    "en": "Council adopts new rules on the financing of terrorism",
}
SENTENCE = {
    "fr": "Le parquet national antiterroriste a rendu public ce jour son réquisitoire "
    "définitif dans l'information judiciaire ouverte en 2024.",
    "en": "The Council today adopted a regulation that widens the powers of financial "
    "intelligence units to freeze suspicious transactions.",
}
# Banners in other publishers' shapes: a site's name, its full name or tagline, a
# donate button, a menu cut by separators.
BANNERS = {
    "fr": [
        ["Portail de la Justice"],
        ["Observatoire des frontières", "Comprendre pour prévenir."],
        ["Faire un don", "Nos missions | Publications | Presse | Nous contacter"],
    ],
    "en": [
        ["Legal Information Online"],
        ["Ministry of Interior", "Safer communities, stronger borders."],
        ["Donate", "About us | Programmes | Publications | Contact"],
    ],
}
CHROME = {"fr": "Accueil > Actualités > Communiqués", "en": "Home > News > Press releases"}
SEARCH = {"fr": "Rechercher sur le site", "en": "Search this site"}


def _page(lines: list[tuple[str, str | None]], protect: bool = False) -> list[Unit]:
    """Units of ``lines`` (text, the reason an earlier pass set it aside or None), after
    the page-top rule ran."""
    text = "\n\n".join(t for t, _ in lines) + "\n"
    units = segment(normalise(text, markdown=False))
    assert len(units) == len(lines), [u.text for u in units]
    for u, (_, reason) in zip(units, lines, strict=True):
        u.noise = reason
    mark_page_top(units, lambda u: protect)
    return units


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2])
def test_the_banner_over_the_sites_chrome_is_noise(lang: str, k: int) -> None:
    banner = BANNERS[lang][k]
    units = _page(
        [
            *((b, None) for b in banner),
            (CHROME[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
        ]
    )
    got = [u.noise for u in units]
    assert got == [*("navigation" for _ in banner), "navigation", "web-chrome", None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pages_first_line_over_one_tool_line_stays(lang: str) -> None:
    """Opening the page over one tool line only, a short line may be the document's own
    head (a title over its breadcrumb): only a run of tools below, or tools on both
    sides, make a banner."""
    units = _page(
        [
            (BANNERS[lang][0][0], None),
            (CHROME[lang], "navigation"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
        ]
    )
    assert units[0].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_banners_between_the_sites_tools_are_noise(lang: str) -> None:
    """A skip link, the banner, a search box, the banner's menu, the breadcrumb: each
    run takes the reason of the chrome right below it."""
    skip = {"fr": "Aller au contenu principal", "en": "Skip to main content"}[lang]
    search = SEARCH[lang]
    name, menu = BANNERS[lang][2]
    units = _page(
        [
            (skip, "web-chrome"),
            (BANNERS[lang][0][0], None),
            (search, "web-chrome"),
            (menu, None),
            (CHROME[lang], "navigation"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units][1:4] == ["web-chrome", "web-chrome", "navigation"]
    assert units[-2].noise is None and name  # the title stays


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_over_a_share_bar_stays(lang: str) -> None:
    """The title right above the page's share bar, the text under it: no other line may
    be the title, so the title is no banner."""
    share = {"fr": "Partager : Facebook | X | Courriel", "en": "Share: Facebook | X | Email"}
    units = _page([(TITLE[lang], None), (share[lang], "web-chrome"), (SENTENCE[lang], None)])
    assert units[0].noise is None


NOT_BANNERS = {
    # a label over its value: a record's field
    "label": {"fr": "Auteur(s) :", "en": "Author(s):"},
    # a line with a figure: a symbol, a date, an address
    "figure": {"fr": "Décret n° 2026-114", "en": "Act No. 11 of 2026"},
    # a letterhead's issuer in capitals
    "capitals": {"fr": "RÉPUBLIQUE DU NIGER", "en": "REPUBLIC OF FIJI"},
    # a sentence of its own
    "sentence": {
        "fr": "Le Conseil a adopté la décision après un long débat.",
        "en": "The Council adopted the decision after a long debate.",
    },
}


@pytest.mark.parametrize("kind", sorted(NOT_BANNERS))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_documents_own_shapes_stay(lang: str, kind: str) -> None:
    line = NOT_BANNERS[kind][lang]
    units = _page(
        [
            (line, None),
            (CHROME[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
        ]
    )
    assert units[0].noise is None


@pytest.mark.parametrize("below", ["metadata", "toc", "page-header", "markup", "boilerplate"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_over_a_stamp_a_contents_list_or_a_running_line_stays(lang: str, below: str) -> None:
    """Only the site's tools below make a banner: a title over its stamp, a report's
    title over its contents, a paged copy's head over its running line, a line over one
    the line scorer set aside (a PDF's letterhead over its issuer's address) stay."""
    label = BANNERS[lang][0][0]
    units = _page(
        [(label, None), (CHROME[lang], below), (TITLE[lang], None), (SENTENCE[lang], None)]
    )
    assert units[0].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_below_the_texts_first_open_line_stays(lang: str) -> None:
    """Below an open line no run takes (a sentence), the rule has stopped: the text's
    own short lines over a box of links are the other rules'."""
    label = BANNERS[lang][0][0]
    units = _page(
        [
            (SENTENCE[lang], None),
            (label, None),
            (CHROME[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
        ]
    )
    assert units[1].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_run_too_long_for_a_banner_stays(lang: str) -> None:
    lines = {
        "fr": [
            "Ministère de l'Intérieur",
            "Direction générale",
            "Service central",
            "Bureau des affaires juridiques",
            "Note aux préfets",
        ],
        "en": [
            "Ministry of the Interior",
            "Directorate-General",
            "Central Service",
            "Legal Affairs Office",
            "Note to prefects",
        ],
    }[lang]
    units = _page(
        [
            *((t, None) for t in lines),
            (CHROME[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units[:5]] == [None] * 5


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_protected_line_and_a_page_without_a_title_below_stay(lang: str) -> None:
    label = BANNERS[lang][0][0]
    rows = [
        (label, None),
        (CHROME[lang], "navigation"),
        (SEARCH[lang], "web-chrome"),
        (TITLE[lang], None),
        (SENTENCE[lang], None),
    ]
    assert _page(rows, protect=True)[0].noise is None
    # nothing but the text's sentence below the chrome: the line above is the title
    assert (
        _page(
            [
                (label, None),
                (CHROME[lang], "navigation"),
                (SEARCH[lang], "web-chrome"),
                (SENTENCE[lang], None),
            ]
        )[0].noise
        is None
    )


ISSUER = {"fr": "Assemblée parlementaire", "en": "Parliamentary Assembly"}
OWN_SENTENCE = {
    "fr": "L'Assemblée parlementaire condamne les attentats et appelle à la coopération.",
    "en": "The Parliamentary Assembly condemns the attacks and calls for cooperation.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_the_document_prints_again_keeps_its_run(lang: str) -> None:
    """The issuer named again in the text (§5: a chrome line whose words occur in the
    document is no noise): its run, the issuer and the line under it, stays open."""
    motto = {"fr": "Conseil de l'Europe", "en": "Council of Europe"}[lang]
    units = _page(
        [
            (ISSUER[lang], None),
            (motto, None),
            (CHROME[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (TITLE[lang], None),
            (OWN_SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units[:2]] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_banner_the_sites_footer_prints_again_is_noise(lang: str) -> None:
    """The site's footer naming the site again is the site's chrome, not the text."""
    name = BANNERS[lang][0][0]
    footer = {"fr": f"© 2026 {name} – Mentions légales", "en": f"© 2026 {name} – Terms of use"}
    units = _page(
        [
            (name, None),
            (CHROME[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (TITLE[lang], None),
            (SENTENCE[lang], None),
            (footer[lang], "boilerplate"),
        ]
    )
    assert units[0].noise == "navigation"


LABEL = {"fr": "Communiqué de presse", "en": "Press release"}
BYLINE = {"fr": "Par Jeanne Dupont", "en": "By Jane Smith"}
STANDFIRST = {
    "fr": "Des contrôles renforcés sur les armes à feu",
    "en": "Stronger controls on firearms and explosives",
}
SHARE = {"fr": "Partager : Facebook | X | Courriel", "en": "Share: Facebook | X | Email"}


@pytest.mark.parametrize("under", ["label", "byline"])
@pytest.mark.parametrize("standfirst", [False, True])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_between_breadcrumb_and_share_bar_over_a_label_stays(
    lang: str, standfirst: bool, under: str
) -> None:
    """The title (and its standfirst) between the breadcrumb and the share bar, a content
    type's label or a byline under the bar: the title is the run's longest line, longer
    than any line left below, so the run is the document's head, no banner."""
    head = [TITLE[lang], *([STANDFIRST[lang]] if standfirst else [])]
    short = {"label": LABEL, "byline": BYLINE}[under][lang]
    units = _page(
        [
            (CHROME[lang], "navigation"),
            *((t, None) for t in head),
            (SHARE[lang], "web-chrome"),
            (short, None),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units[1 : 1 + len(head)]] == [None] * len(head)


@pytest.mark.parametrize("under", ["label", "title"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_short_banner_over_a_label_is_still_noise(lang: str, under: str) -> None:
    """The same place held by a site's name (shorter than a title), or a long tagline over
    a longer title: the banner all the same."""
    name, tagline = {
        "fr": ("Portail de la Justice", "Le droit et la justice au service de tous"),
        "en": ("Legal Information Online", "Free access to the law for all"),
    }[lang]
    line, short = (name, LABEL[lang]) if under == "label" else (tagline, TITLE[lang])
    units = _page(
        [
            (CHROME[lang], "navigation"),
            (line, None),
            (SHARE[lang], "web-chrome"),
            (short, None),
            (SENTENCE[lang], None),
        ]
    )
    assert units[1].noise == "web-chrome"
