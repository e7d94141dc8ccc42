"""Page chrome by class, session 13 (layout.toml's chrome and trailer lines, and
layout/_linkmenus.mark_chrome_links): skip links, a link to a file closed by its format and
size, a page's feedback box, a release's press-contact box, a related-content box, and a
Markdown copy's tool links.

Hand-written pages, French and English side by side, in the styles of sites other than the
ones the classes were met on; each row fails on the code before the rule. Rows marked
"text" must stay the document's own.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

PROSE = {
    "fr": [
        "Le ministre de l'Intérieur a présenté ce jour un plan de renforcement de la "
        "protection des grands rassemblements face à la menace terroriste.",
        "Le plan prévoit la formation de mille agents supplémentaires et un contrôle accru "
        "des accès aux sites sensibles, en lien avec les collectivités territoriales.",
    ],
    "en": [
        "The Minister for Home Affairs today presented a plan to strengthen the protection "
        "of major public events against the terrorist threat.",
        "The plan provides for the training of a thousand additional officers and tighter "
        "checks on access to sensitive sites, together with local authorities.",
    ],
}
TITLE = {"fr": "Protection des grands rassemblements", "en": "Protecting major public events"}


def reasons(text: str, *, markdown: bool = False) -> dict[str, str | None]:
    return {u.text.strip(): u.noise for u in segment(normalise(text, markdown=markdown))}


def page(lang: str, head: list[str], tail: list[str]) -> str:
    return "\n\n".join([*head, TITLE[lang], *PROSE[lang], *tail])


# A page's skip links, before the text: any part of the page they jump to.
SKIP = [
    ("fr", "Aller à la recherche"),
    ("en", "Skip to search"),
    ("fr", "Passer à la navigation principale"),
    ("en", "Jump to navigation"),
]


@pytest.mark.parametrize(("lang", "line"), SKIP)
def test_skip_links_are_chrome(lang: str, line: str) -> None:
    got = reasons(page(lang, [line], []))
    assert got[line] == "web-chrome"
    assert got[PROSE[lang][0]] is None


# A Markdown copy keeps the page's tool links as links: the label is read as the line.
LINK_TOOLS = [
    ("fr", "[Aller au contenu principal](#contenu)", "head"),
    ("en", "[Skip to main content](#main-content)", "head"),
    ("fr", "- [Haut de page](#haut)", "tail"),
    ("en", "[Back to top](#top)", "tail"),
]


@pytest.mark.parametrize(("lang", "line", "where"), LINK_TOOLS)
def test_markdown_tool_links_are_chrome(lang: str, line: str, where: str) -> None:
    text = page(lang, [line], []) if where == "head" else page(lang, [], [line])
    got = reasons(text, markdown=True)
    assert got[line] == "web-chrome", got


# A one-link line whose label is the document's own words is no tool (text).
LINK_TEXT = [
    (
        "fr",
        "[Règlement (UE) 2021/784 relatif aux contenus terroristes en ligne](https://eur-lex.europa.eu/x)",
    ),
    ("en", "[Regulation (EU) 2021/784 on terrorist content online](https://eur-lex.europa.eu/x)"),
]


@pytest.mark.parametrize(("lang", "line"), LINK_TEXT)
def test_markdown_link_to_a_text_stays(lang: str, line: str) -> None:
    got = reasons(page(lang, [], [line, PROSE[lang][0] + " Fin."]), markdown=True)
    assert got[line] is None


# A link to a file, closed by its format and size, with or without a verb.
FILES = [
    ("fr", "Rapport annuel sur la menace terroriste 2025 (PDF, 3,1 Mo)"),
    ("en", "Annual threat assessment 2025 (PDF, 3.1 MB)"),
    ("fr", "Note d'information en PDF (anglais, 98 Ko)"),
    ("en", "Guidelines_public_events_2024.pdf (512 KB)"),
    ("fr", "Télécharger en PDF"),
    ("en", "Download as PDF"),
]


@pytest.mark.parametrize(("lang", "line"), FILES)
def test_file_links_with_size_are_chrome(lang: str, line: str) -> None:
    got = reasons(page(lang, [], ["Documents", line]))
    assert got[line] == "web-chrome"


# A sentence of the text may give a size in brackets inside it (text).
def test_size_inside_a_sentence_stays() -> None:
    line = (
        "Les données saisies (environ 40 Mo) ont été transmises au parquet national antiterroriste."
    )
    got = reasons(page("fr", [], [line, PROSE["fr"][1]]))
    assert got[line] is None


# A page's feedback box under the text.
FEEDBACK = [
    ("fr", "Détails de la page"),
    ("en", "Page details"),
    ("fr", "Signaler un problème sur cette page"),
    ("en", "Report a problem on this page"),
    ("fr", "Cette page vous a-t-elle été utile ?"),
    ("en", "Was this page helpful?"),
]


@pytest.mark.parametrize(("lang", "line"), FEEDBACK)
def test_feedback_box_is_chrome(lang: str, line: str) -> None:
    got = reasons(page(lang, [], [line]))
    assert got[line] == "web-chrome"


# A release's press contacts: the label set apart as a heading over the names and numbers
# (each closing on its number, with no colon after the label), or the whole contact on one
# labelled line.
CONTACTS = [
    ("fr", ["Contacts presse", "Camille MARTIN Téléphone +33 1 40 07 60 60"]),
    ("en", ["Media contacts", "Jane HOLLOWAY Phone +44 20 7946 0000"]),
    ("fr", ["Contact presse : Bureau de presse du ministère – 01 40 07 60 60"]),
    ("en", ["Media enquiries: Minister's office – 02 6277 7000"]),
]


@pytest.mark.parametrize(("lang", "box"), CONTACTS)
def test_press_contact_box_is_noise(lang: str, box: list[str]) -> None:
    got = reasons(page(lang, [], box))
    assert all(got[line] is not None for line in box), got


# A short heading of the text over a paragraph that gives a number stays (text).
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heading_over_a_numbered_paragraph_stays(lang: str) -> None:
    head = "Numéro d'urgence" if lang == "fr" else "Emergency number"
    line = "Appelez le +33 1 40 07 60 60" if lang == "fr" else "Call +44 20 7946 0000"
    got = reasons(page(lang, [], [head, line, PROSE[lang][0] + " Fin."]))
    assert got[head] is None and got[line] is None


# A related-content box: its heading and the headlines under it.
RELATED = [
    ("fr", ["Communiqués liés", "Le plan Vigipirate expliqué", "La loi du 30 juillet 2021"]),
    (
        "en",
        ["Related press releases", "Minister opens new counter-terrorism centre", "Report out"],
    ),
    ("fr", ["Documents similaires", "Stratégie nationale 2020", "Plan d'action 2018"]),
    ("en", ["Similar documents", "National strategy 2020", "Action plan 2018"]),
    # a news office's box of its other releases: "Related" alone, "Recent press releases"
    ("fr", ["Communiqués récents", "Le ministre inaugure un centre (12 mars 2026)"]),
    ("en", ["Related", "Security Council extends mandate of Monitoring Team (28 March 2026)"]),
    ("fr", ["Derniers communiqués", "Rapport mensuel, mai 2026"]),
    ("en", ["Recent press releases", "Monthly forecast, May 2026"]),
]


@pytest.mark.parametrize(("lang", "box"), RELATED)
def test_related_box_is_chrome(lang: str, box: list[str]) -> None:
    got = reasons(page(lang, [], box))
    assert all(got[line] == "web-chrome" for line in box), got


# A contents entry too long for more than two leaders before its page number, last of
# its list (a gazette's summary, a report's contents).
CONTENTS = {
    "fr": [
        "SOMMAIRE",
        "DÉCRETS",
        "Décret n° 26-10 du 5 avril 2026 fixant les conditions\nd'utilisation des drones"
        "..................  3",
        "Décret n° 26-11 du 6 avril 2026 portant nomination\nd'un directeur de la police "
        "nationale..  10",
    ],
    "en": [
        "CONTENTS",
        "ORDERS",
        "Order No. 26-10 of 5 April 2026 laying down the conditions\nfor the use of drones"
        "..................  3",
        "Order No. 26-11 of 6 April 2026 appointing a director\nof the national police "
        "service..  10",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_entry_with_two_leaders_is_toc(lang: str) -> None:
    got = reasons("\n\n".join([*CONTENTS[lang], *PROSE[lang]]))
    last = [r for t, r in got.items() if t.startswith(CONTENTS[lang][3][:30])]
    assert last == ["toc"], got


# Two dots inside a line of the text, no page number after them (text).
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_dots_inside_a_sentence_stay(lang: str) -> None:
    line = (
        "Le rapport cite les articles 5.. et suivants du code pénal sans autre précision."
        if lang == "fr"
        else "The report cites sections 5.. and following of the criminal code without more."
    )
    got = reasons(page(lang, [], [line, PROSE[lang][1]]))
    assert got[line] is None


# A gazette's masthead: the journal's name on its own line, the state's line under it.
MASTHEADS = [
    ("fr", ["JOURNAL OFFICIEL", "DE LA REPUBLIQUE DU MALI"]),
    ("en", ["OFFICIAL GAZETTE", "OF THE REPUBLIC OF KENYA"]),
    ("fr", ["Journal officiel du Burkina Faso"]),
    ("en", ["The Gazette of Jamaica"]),
]


@pytest.mark.parametrize(("lang", "lines"), MASTHEADS)
def test_gazette_masthead_is_chrome(lang: str, lines: list[str]) -> None:
    got = reasons(page(lang, ["\n\n".join(lines)], []))
    assert all(got[line] == "web-chrome" for line in lines), got


# The same state line under an authority's name is the text's header (text).
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_state_line_under_an_authority_stays(lang: str) -> None:
    lines = (
        ["PRÉSIDENCE", "DE LA RÉPUBLIQUE DU MALI"]
        if lang == "fr"
        else ["OFFICE OF THE PRESIDENT", "OF THE REPUBLIC OF KENYA"]
    )
    got = reasons(page(lang, ["\n\n".join(lines)], []))
    assert got[lines[1]] is None, got


# A site's "about" heading or link, and a record's "full text" tab.
ABOUT = [
    ("fr", "À propos de l'Institut"),
    ("en", "About the Centre"),
    ("fr", "Texte intégral"),
    ("en", "Full text"),
]


@pytest.mark.parametrize(("lang", "line"), ABOUT)
def test_about_and_full_text_lines_are_chrome(lang: str, line: str) -> None:
    got = reasons(page(lang, [line], []))
    assert got[line] == "web-chrome", got


# The text's own "about this …" heading, or a longer one, stays (text).
ABOUT_TEXT = [
    ("fr", "À propos de cette stratégie"),
    ("en", "About this strategy"),
    ("fr", "À propos des bases de données de la police"),
    ("en", "About the databases of the national police"),
]


@pytest.mark.parametrize(("lang", "line"), ABOUT_TEXT)
def test_about_this_text_stays(lang: str, line: str) -> None:
    got = reasons(page(lang, [], [line, PROSE[lang][0] + " Fin."]))
    assert got[line] is None, got
