"""Menu runs between a page's chrome, French and English side by side
(src/ctdocs/layout/_menugaps.py): outside the document's prose, a run of two or more open
label lines (short, no sentence, no figure, not in capitals) with a block of the site's
tools (two lines or more) on one side and such a block or a printed page's mark on the
other is the page's chrome. A title with its dateline, a long title, a letterhead in
capitals, a run ending a sentence, a banner under a lone skip link, a signature between
printed marks, a cover by the scorer's guesses alone, headings inside the prose, a single
line, a protected run and a run at the document's edge stay open."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from ctdocs import parse_text
from ctdocs.layout._menugaps import mark_menu_gaps
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise

MAX_WORDS = 8  # layout.toml's neighbour_max_words
SENTENCE = {
    "fr": "Le programme finance la formation des enquêteurs et des procureurs des États "
    "partenaires afin de prévenir les activités terroristes.",
    "en": "The programme funds the training of investigators and prosecutors in partner "
    "states so that they can prevent terrorist activity.",
}
SKIP = {"fr": "Aller au contenu principal", "en": "Skip to main content"}
CRUMB = {"fr": "Accueil > Actualités > Communiqués", "en": "Home > News > Press releases"}
SHARE = {"fr": "Partager : Facebook | X | Courriel", "en": "Share: Facebook | X | Email"}
COPY = {"fr": "© Ministère de l'Intérieur", "en": "© Ministry of the Interior"}
TOP = {"fr": "Haut de page", "en": "Back to top"}
SEARCH = {"fr": "Rechercher sur le site", "en": "Search this site"}
RUNNING = {"fr": "Affaires mondiales Canada", "en": "Global Affairs Canada"}
# menus in other publishers' shapes: a menu's tail, a footer's columns, a banner over a
# bar row, a feedback form's labels
MENUS = {
    "fr": [
        ["Transport et infrastructure", "Canada et le monde", "Vous êtes ici :"],
        ["À propos de ce site", "Contactez-nous", "Plan du site"],
        ["Faire un don", "Nos actions | Régions | Publications | Qui sommes-nous ?"],
        ["Il manque des renseignements", "Soumettre"],
    ],
    "en": [
        ["Travel and tourism", "Canada and the world", "You are here:"],
        ["About this site", "Contact us", "Sitemap"],
        ["Donate", "Our work | Regions | Publications | Who are we?"],
        ["Information is missing", "Submit"],
    ],
}


def _page(lines: Sequence[tuple[str, str | None]], protect: bool = False) -> list[Unit]:
    """Units of ``lines`` (text, the reason an earlier pass set it aside or None), after the
    rule ran; the prose is the lines that are ``SENTENCE``."""
    text = "\n\n".join(t for t, _ in lines) + "\n"
    units = segment(normalise(text, markdown=False))
    assert len(units) == len(lines), [u.text for u in units]
    for u, (_, reason) in zip(units, lines, strict=True):
        u.noise = reason
    prose = [i for i, (t, _) in enumerate(lines) if t in SENTENCE.values()]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    outside = [i < first or i > last for i in range(len(lines))]
    mark_menu_gaps(units, outside, lambda u: protect, MAX_WORDS)
    return units


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 2, 3])
def test_a_menu_run_before_the_prose_is_noise(lang: str, k: int) -> None:
    menu = MENUS[lang][k]
    units = _page(
        [
            (SKIP[lang], "web-chrome"),
            (SEARCH[lang], "web-chrome"),
            *((m, None) for m in menu),
            (CRUMB[lang], "navigation"),
            (SHARE[lang], "web-chrome"),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units][2:-3] == ["boilerplate"] * len(menu)
    assert units[-1].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1, 3])
def test_a_footer_run_after_the_prose_is_noise(lang: str, k: int) -> None:
    """After the last prose line: between the share bar and a running line the page
    repeats (a printed mark on that side), or the site's copyright line."""
    menu = MENUS[lang][k]
    for below in (
        [(RUNNING[lang], "page-header")],
        [(COPY[lang], "web-chrome"), (TOP[lang], "web-chrome")],
    ):
        units = _page(
            [
                (SENTENCE[lang], None),
                (SHARE[lang], "web-chrome"),
                (TOP[lang], "web-chrome"),
                *((m, None) for m in menu),
                *below,
            ]
        )
        assert [u.noise for u in units][3 : 3 + len(menu)] == ["boilerplate"] * len(menu)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_sites_tools_a_few_lines_away_count(lang: str) -> None:
    """The tools stand past the scorer's lines next to the run: the noise block on that
    side holds them."""
    menu = MENUS[lang][0]
    units = _page(
        [
            (SKIP[lang], "web-chrome"),
            ("Emplois" if lang == "fr" else "Jobs", "boilerplate"),
            *((m, None) for m in menu),
            (RUNNING[lang], "page-header"),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units][2:-2] == ["boilerplate"] * len(menu)


# the document's own lines of the same shape: (lines, reason above, reason below)
KEPT = {
    # a short title with its dateline between the breadcrumb and the share bar
    "dateline": {
        "fr": ["Sahel : des lois à revoir", "Paris, le 9 avril 2026"],
        "en": ["Sahel: laws under review", "London, 9 April 2026"],
    },
    # a title longer than a menu's item
    "long title": {
        "fr": [
            "Communiqué",
            "Les lois antiterroristes ne doivent pas servir à étouffer la société",
        ],
        "en": ["Statement", "Counter-terrorism laws must not be used to silence civil society"],
    },
    # a letterhead in capitals
    "capitals": {
        "fr": ["CHAMBRE DES REPRÉSENTANTS", "DE BELGIQUE"],
        "en": ["HOUSE OF REPRESENTATIVES", "OF THE REPUBLIC"],
    },
    # a run that ends a sentence
    "sentence": {
        "fr": ["Pour en savoir plus", "Consultez le rapport."],
        "en": ["To find out more", "Read the report."],
    },
}


@pytest.mark.parametrize("kind", sorted(KEPT))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_documents_own_runs_between_the_tools_stay(lang: str, kind: str) -> None:
    run = KEPT[kind][lang]
    units = _page(
        [
            (SEARCH[lang], "web-chrome"),
            (CRUMB[lang], "navigation"),
            *((r, None) for r in run),
            (SHARE[lang], "web-chrome"),
            (TOP[lang], "web-chrome"),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units][2:-3] == [None] * len(run)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_banner_under_a_lone_skip_link_stays(lang: str) -> None:
    """One tool line alone above (the page's skip link) frames no menu: the site's name
    and tagline there are the banner's reader's (``_pagetop``), which knows titles."""
    banner = {
        "fr": ["Observatoire des frontières", "Comprendre pour prévenir"],
        "en": ["Border Observatory", "Understanding to prevent"],
    }[lang]
    units = _page(
        [
            (SKIP[lang], "web-chrome"),
            *((b, None) for b in banner),
            (SEARCH[lang], "web-chrome"),
            (CRUMB[lang], "navigation"),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units][1:3] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signature_between_printed_marks_stays(lang: str) -> None:
    """A running head above, a page number below: no site's tool, the document's close."""
    sign = {"fr": ["Le Ministre", "Jean Dupont"], "en": ["The Minister", "John Smith"]}[lang]
    units = _page(
        [
            (SENTENCE[lang], None),
            (RUNNING[lang], "page-header"),
            *((s, None) for s in sign),
            ("Page 4", "page-number"),
        ]
    )
    assert [u.noise for u in units][2:4] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_cover_between_the_scorers_guesses_stays(lang: str) -> None:
    """The scorer's lines alone on one side (a PDF's cover under its page marker): no
    site's tool there, the cover's title stays."""
    cover = {
        "fr": ["Bâtir la résilience", "Deuxième édition"],
        "en": ["Building Resilience", "Second Edition"],
    }[lang]
    units = _page(
        [("Pages : 1 | 2 | 3", "boilerplate"), ("-- [ Page 1 ] --", "boilerplate")]
        + [(c, None) for c in cover]
        + [(COPY[lang], "web-chrome"), (TOP[lang], "web-chrome"), (SENTENCE[lang], None)]
    )
    assert [u.noise for u in units][2:4] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_headings_inside_the_prose_stay(lang: str) -> None:
    heads = {"fr": ["Contexte", "Priorités"], "en": ["Background", "Priorities"]}[lang]
    units = _page(
        [
            (SENTENCE[lang], None),
            (SHARE[lang], "web-chrome"),
            (TOP[lang], "web-chrome"),
            *((h, None) for h in heads),
            (CRUMB[lang], "navigation"),
            (SEARCH[lang], "web-chrome"),
            (SENTENCE[lang], None),
        ]
    )
    assert [u.noise for u in units][3:5] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_line_a_protected_run_and_an_open_edge_stay(lang: str) -> None:
    menu = MENUS[lang][1]
    one = _page(
        [
            (SKIP[lang], "web-chrome"),
            (SEARCH[lang], "web-chrome"),
            (menu[0], None),
            (CRUMB[lang], "navigation"),
            (SHARE[lang], "web-chrome"),
            (SENTENCE[lang], None),
        ]
    )
    assert one[2].noise is None  # the smoothing's, not this rule's
    kept = _page(
        [
            (SKIP[lang], "web-chrome"),
            (SEARCH[lang], "web-chrome"),
            *((m, None) for m in menu),
            (CRUMB[lang], "navigation"),
            (SHARE[lang], "web-chrome"),
            (SENTENCE[lang], None),
        ],
        protect=True,
    )
    assert [u.noise for u in kept][2:5] == [None] * 3
    edge = _page(
        [(SENTENCE[lang], None), (SHARE[lang], "web-chrome"), (TOP[lang], "web-chrome")]
        + [(m, None) for m in menu]
    )
    assert [u.noise for u in edge][3:] == [None] * 3


# a whole page through the pipeline: the menu's run under the site's tools, its title
# and dateline between the breadcrumb and the print link, two paragraphs
PAGES = {
    "fr": (
        "Passer au contenu principal\nRechercher\nMenu\nEmplois\nImmigration et citoyenneté\n"
        "Culture, histoire et sport\nServices de police, justice et urgences\n"
        "Transport et infrastructure\nCanada et le monde\nVous êtes ici :\n"
        "Accueil > Sécurité > Programmes\nImprimer\n\n"
        "Programme de renforcement des capacités\n\nOttawa, le 14 septembre 2026\n\n"
        "Le programme fournit de la formation, de l'équipement et une assistance technique "
        "aux États partenaires afin qu'ils préviennent les activités terroristes.\n\n"
        "Depuis sa création en 2005, le programme a financé plus de 400 projets dans "
        "quarante pays, en particulier en Afrique de l'Ouest.\n"
    ),
    "en": (
        "Skip to main content\nSearch\nMenu\nJobs\nImmigration and citizenship\n"
        "Culture, history and sport\nPolicing, justice and emergencies\n"
        "Transport and infrastructure\nCanada and the world\nYou are here:\n"
        "Home > Security > Programmes\nPrint\n\n"
        "Counter-Terrorism Capacity Building Programme\n\nOttawa, 14 September 2026\n\n"
        "The programme provides training, equipment and technical assistance to partner "
        "states so that they can prevent and respond to terrorist activity.\n\n"
        "Since it was created in 2005, the programme has funded more than 400 projects in "
        "forty countries, in particular in West Africa.\n"
    ),
}
MENU_TAIL = {
    "fr": ["Services de police, justice et urgences", "Canada et le monde", "Vous êtes ici :"],
    "en": ["Policing, justice and emergencies", "Canada and the world", "You are here:"],
}
OWN = {
    "fr": ["Programme de renforcement des capacités", "Ottawa, le 14 septembre 2026"],
    "en": ["Counter-Terrorism Capacity Building Programme", "Ottawa, 14 September 2026"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pages_menu_run_is_noise_and_its_title_stays(lang: str) -> None:
    doc = parse_text(PAGES[lang], language=lang)  # type: ignore[arg-type]
    noise = {doc.text[n.start : n.end] for n in doc.noise}
    assert set(MENU_TAIL[lang]) <= noise
    assert not set(OWN[lang]) & noise
    assert doc.title == OWN[lang][0]


# the document's own runs of a menu's shape, in a menu's frame (mendsD43): a list under its
# lead-in (bulleted items, or items under a colon), a signature (an office and a name)
OWN_RUNS = {
    "bullets": {
        "fr": ["Points clés", "- Un meilleur partage des données", "- Des règles communes"],
        "en": ["Key points", "- Better sharing of passenger data", "- Common rules"],
    },
    "colon": {
        "fr": ["Membres du réseau :", "Europol", "Eurojust", "Frontex"],
        "en": ["Members of the network:", "Europol", "Eurojust", "Frontex"],
    },
    "signature": {
        "fr": ["Le ministre de l'Intérieur", "Gérald Martin"],
        "en": ["The Minister of the Interior", "Jane Smith"],
    },
}
# the same shapes in a menu: bulleted tags with no lead-in, a "You are here:" that opens
# one line (the breadcrumb's first), an office with no person's name (a footer's link)
MENU_RUNS = {
    "bullets": {
        "fr": ["- Terrorisme", "- Sécurité des frontières", "- Afrique"],
        "en": ["- Terrorism", "- Border security", "- Africa"],
    },
    "colon": {
        "fr": ["Canada et le monde", "Vous êtes ici :", "Canada.ca"],
        "en": ["Canada and the world", "You are here:", "Canada.ca"],
    },
    "signature": {
        "fr": ["Premier ministre", "Gouvernement ouvert"],
        "en": ["Prime Minister", "Open government"],
    },
}


def _framed(lang: str, run: list[str], where: str) -> list[Unit]:
    if where == "head":
        return _page(
            [
                (SKIP[lang], "web-chrome"),
                (SEARCH[lang], "web-chrome"),
                *((r, None) for r in run),
                (SHARE[lang], "web-chrome"),
                (TOP[lang], "web-chrome"),
                (SENTENCE[lang], None),
            ]
        )
    return _page(
        [
            (SENTENCE[lang], None),
            (SHARE[lang], "web-chrome"),
            (TOP[lang], "web-chrome"),
            *((r, None) for r in run),
            (COPY[lang], "web-chrome"),
            (TOP[lang], "web-chrome"),
        ]
    )


@pytest.mark.parametrize("where", ["head", "tail"])
@pytest.mark.parametrize("kind", sorted(OWN_RUNS))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_or_a_signature_between_the_tools_stays(lang: str, kind: str, where: str) -> None:
    run = OWN_RUNS[kind][lang]
    units = _framed(lang, run, where)
    k = 2 if where == "head" else 3
    assert [u.noise for u in units][k : k + len(run)] == [None] * len(run)


@pytest.mark.parametrize("where", ["head", "tail"])
@pytest.mark.parametrize("kind", sorted(MENU_RUNS))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_menus_run_of_the_same_shape_is_noise(lang: str, kind: str, where: str) -> None:
    run = MENU_RUNS[kind][lang]
    units = _framed(lang, run, where)
    k = 2 if where == "head" else 3
    assert [u.noise for u in units][k : k + len(run)] == ["boilerplate"] * len(run)


# a whole page: the release's key points between the site's tools and its share bar
KEY_POINTS = {
    "fr": (
        "Aller au contenu principal\nRechercher sur le site\n"
        "Accueil > Actualités > Communiqués\n\nPoints clés\n"
        "- Un meilleur partage des données des passagers\n"
        "- Des règles communes sur les précurseurs\n- Une liste de surveillance\n\n"
        "Partager : Facebook | X | Courriel\nHaut de page\n\n"
        "Les ministres sont convenus aujourd'hui de renforcer leur coopération contre le "
        "financement du terrorisme et de mieux partager les informations.\n\n"
        "Ils se réuniront de nouveau à l'automne pour faire le point sur les progrès "
        "accomplis par leurs services.\n"
    ),
    "en": (
        "Skip to main content\nSearch this site\nHome > News > Press releases\n\n"
        "Key points\n- Better sharing of passenger data\n"
        "- Common rules on explosives precursors\n- A new watch list for returning fighters\n\n"
        "Share: Facebook | X | Email\nBack to top\n\n"
        "The ministers agreed today to strengthen their cooperation against terrorist "
        "financing and to share more information on foreign terrorist fighters.\n\n"
        "They will meet again in the autumn to review the progress made by their services "
        "and by the agencies of the Union.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pages_key_points_under_the_tools_stay(lang: str) -> None:
    doc = parse_text(KEY_POINTS[lang], language=lang)  # type: ignore[arg-type]
    noise = {doc.text[n.start : n.end] for n in doc.noise}
    items = [ln for ln in KEY_POINTS[lang].splitlines() if ln.startswith("- ")]
    assert len(items) == 3
    assert not set(items) & noise
