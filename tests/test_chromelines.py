"""Web chrome the line scorer leaves open (src/ctdocs/_chromelines.py).

Hand-written pages, French and English side by side, in the styles of institutional
sites: a tool row cut by separators after the text, a download link with its file size,
a stamp row before the text; and what must stay the document's own (a report's header
row with its symbol and date, a sentence with a bar in it).
"""

from __future__ import annotations

import pytest

from ctdocs.layout._boilerplate import lexicon
from ctdocs.layout._chromelines import (
    mark_boxed_lines,
    mark_footer_holes,
    mark_footer_menu,
    mark_foreign_head,
    mark_head_box,
    mark_language_versions,
    mark_split_lines,
    split_pieces,
)
from ctdocs.layout._segment import _protected, segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


def split_marked(text: str) -> dict[str, Unit]:
    """The page's units as the rule alone classes them (every line open before it)."""
    got = segment(normalise(text, markdown=False))
    for u in got:
        u.noise = None
    lex = lexicon()
    assert lex is not None
    mark_split_lines(got, _protected, lex.stamp)
    return {u.text: u for u in got}


PROSE = {
    "fr": [
        "Le Comité des Ministres recommande aux gouvernements des États membres de prendre "
        "en compte les lignes directrices sur la prévention du terrorisme.",
        "Les États membres devraient élaborer des approches pluridisciplinaires associant les "
        "services de police, de renseignement et les services sociaux.",
    ],
    "en": [
        "The Committee of Ministers recommends that the governments of member States take "
        "into account the guidelines on the prevention of terrorism.",
        "Member States should develop multi-agency approaches bringing together the police, "
        "the intelligence services and the social services.",
    ],
}

TITLE = {
    "fr": "La prévention du terrorisme en Europe",
    "en": "Preventing terrorism in Europe",
}

# (line, language, expected reason): before the text (head) and after it (tail)
SPLIT_ROWS = [
    ("Imprimer | Haut de page", "fr", "web-chrome"),
    ("Print | Back to top", "en", "web-chrome"),
    ("PDF | 175 koEn français", "fr", "web-chrome"),
    ("PDF | 214 KB | Other languages", "en", "web-chrome"),
    ("Publication : 3 mars 2025 · Langue : français", "fr", "metadata"),
    ("Published: 3 March 2025 | Language: English", "en", "metadata"),
    # a publisher's imprint, its names joined by bullets
    ("Direction de la communication • Service de presse • Paris", "fr", "web-chrome"),
    ("Office of Public Affairs • Press Service • Geneva", "en", "web-chrome"),
]


@pytest.mark.parametrize(("line", "lang", "reason"), SPLIT_ROWS)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_separator_rows_are_chrome(line: str, lang: str, reason: str, where: str) -> None:
    parts = (
        [TITLE[lang], line, *PROSE[lang]] if where == "head" else [TITLE[lang], *PROSE[lang], line]
    )
    page = "\n\n".join(parts)
    alone = split_marked(page)
    assert alone[line].noise == reason
    assert all(alone[p].noise is None for p in [TITLE[lang], *PROSE[lang]])
    got = units(page)  # the whole layout stage: noise still, the text open
    assert got[line].noise is not None
    assert all(got[p].noise is None for p in PROSE[lang])


# A report's header row: its kind, its symbol and its date (front matter, not chrome).
HEADER_ROWS = {
    "fr": "Rapport | Doc. 12712 | 16 septembre 2011",
    "en": "Report | Doc. 12712 | 16 September 2011",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_header_row_with_symbol_and_date_stays(lang: str) -> None:
    line = HEADER_ROWS[lang]
    assert split_marked("\n\n".join([line, TITLE[lang], *PROSE[lang]]))[line].noise is None


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("Imprimer | Haut de page", ["Imprimer", "Haut de page"]),
        ("Print · Share · Back to top", ["Print", "Share", "Back to top"]),
        ("Liberté • Égalité • Fraternité", ["Liberté", "Égalité", "Fraternité"]),
        (
            "Office of Public Affairs • Press Service • Geneva |",
            ["Office of Public Affairs", "Press Service", "Geneva"],
        ),
        # bullets: two pieces only, a piece in lower case, a figure (a file's views)
        ("Prévention • Protection", None),
        ("Art 8 • Vie privée • conservation des données", None),
        ("Uploaded by watch • 2,314 views • 4 pages", None),
        # one piece, or a piece that is a sentence, or a piece too long for a link
        ("Communiqué de presse |", None),
        ("Le Conseil a décidé. | Il a été convenu.", None),
        ("See the list | the States that have ratified the Convention and its two Protocols", None),
        ("Sans séparateur", None),
    ],
)
def test_split_pieces(line: str, pieces: list[str] | None) -> None:
    assert split_pieces(line) == pieces


# A cookie notice of three lines over the text: its middle sentence names no cookie and
# uses words the text never uses.
COOKIE_BOX = {
    "fr": [
        "Ce site utilise des cookies nécessaires à son fonctionnement et à sa sécurité.",
        "Il collecte aussi des données anonymes sur ses visiteurs à des fins statistiques.",
        "En savoir plus sur la gestion des cookies.",
    ],
    "en": [
        "This site uses cookies needed for its operation and its security.",
        "It also collects anonymous data about its visitors for statistical purposes.",
        "Learn more about managing cookies.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_notices_middle_sentence_is_chrome(lang: str) -> None:
    box = COOKIE_BOX[lang]
    got = units("\n\n".join([*box, TITLE[lang], *PROSE[lang]]))
    assert got[box[0]].noise == "web-chrome"
    assert got[box[2]].noise == "web-chrome"
    assert got[box[1]].noise == "web-chrome"
    assert all(got[p].noise is None for p in [TITLE[lang], *PROSE[lang]])


def boxed(lines: list[str], chrome: set[int]) -> list[str | None]:
    """The lines' reasons once the rule has run, the lines ``chrome`` set as menus."""
    got = segment(normalise("\n\n".join(lines), markdown=False))
    assert [u.text for u in got] == lines
    for i, u in enumerate(got):
        u.noise = "navigation" if i in chrome else None
    lex = lexicon()
    assert lex is not None
    mark_boxed_lines(got, _protected, lex.all_stop)
    return [u.noise for u in got]


# Between two menus: a teaser for another page (its own words), and a copy of the page's
# title (the text's words), which stays.
TEASER = {
    "fr": "À lire aussi : la nouvelle stratégie nationale de cybersécurité présentée hier",
    "en": "Related: the new national cyber security strategy presented yesterday",
}
TITLE_COPY = {
    "fr": "Lignes directrices sur la prévention du terrorisme",
    "en": "Guidelines on the prevention of terrorism",
}
MENUS = {
    "fr": ["Accueil Actualités Publications", "Contact Plan du site"],
    "en": ["Home News Publications", "Contact Site map"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_teaser_between_menus_is_chrome(lang: str) -> None:
    lines = [*PROSE[lang], MENUS[lang][0], TEASER[lang], MENUS[lang][1]]
    assert boxed(lines, {2, 4})[3] == "web-chrome"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_copy_between_menus_stays(lang: str) -> None:
    lines = [MENUS[lang][0], TITLE_COPY[lang], MENUS[lang][1], *PROSE[lang]]
    assert boxed(lines, {0, 2})[1] is None


BANNER = {
    "fr": [
        "Les sites officiels utilisent .gouv Un site .gouv appartient à une administration.",
        "Les sites sécurisés utilisent HTTPS Un cadenas signale une connexion protégée.",
    ],
    "en": [
        "Official websites use .gov A .gov website belongs to an official organization.",
        "Secure .gov websites use HTTPS A lock means you have safely connected.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_notices_between_chrome_are_chrome_a_title_and_a_line_of_text_stay(lang: str) -> None:
    lines = [MENUS[lang][0], *BANNER[lang], MENUS[lang][1], *PROSE[lang]]
    assert boxed(lines, {0, 3})[1:3] == ["web-chrome", "web-chrome"]
    own = [MENUS[lang][0], TITLE_COPY[lang], PROSE[lang][0], MENUS[lang][1], *PROSE[lang][1:]]
    assert boxed(own, {0, 3})[1:3] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_line_with_chrome_on_one_side_only_stays(lang: str) -> None:
    lines = [*PROSE[lang], MENUS[lang][0], TEASER[lang]]
    assert boxed(lines, {2})[3] is None


# A repository's copy of a treaty: the title in Dutch, then in the document's language.
VERSIONS = {
    "fr": (
        "##Verdrag ter bestrijding van terroristische bomaanslagen",
        "####Convention internationale pour la répression des attentats terroristes à l'explosif",
    ),
    "en": (
        "##Internationaal Verdrag ter bestrijding van terroristische bomaanslagen",
        "####International Convention for the Suppression of Terrorist Bombings",
    ),
}
# A title of the document's own, without function words, over a subtitle: its words are
# the text's.
OWN_TITLES = {
    "fr": ("## Stratégie nationale antiterroriste", "### Lignes directrices sur la prévention"),
    "en": ("## National Counter Terrorism Strategy", "### Guidelines on the prevention"),
}


def versions(lines: list[str]) -> list[str | None]:
    got = segment(normalise("\n\n".join(lines), markdown=False))
    for u in got:
        u.noise = None
    lex = lexicon()
    assert lex is not None
    lang = "fr" if "prévention" in lines[-1] or "Les" in lines[-1] else "en"
    mark_language_versions(got, lex.stop[lang], lex.all_stop)
    return [u.noise for u in got]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_in_another_language_is_the_repositorys(lang: str) -> None:
    other, own = VERSIONS[lang]
    lines = [other, own, *PROSE[lang]]
    assert versions(lines)[:2] == ["repository", None]
    got = units("\n\n".join(lines))  # the whole layout stage
    assert got[other].noise == "repository"
    assert got[own].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_of_the_documents_own_stays(lang: str) -> None:
    title, subtitle = OWN_TITLES[lang]
    text = {
        "fr": "La stratégie nationale antiterroriste fixe les priorités du Gouvernement.",
        "en": "The national counter terrorism strategy sets the priorities of the Government.",
    }[lang]
    lines = [title, subtitle, text, *PROSE[lang]]
    assert versions(lines)[:2] == [None, None]


# A host's line in another language over the document, its stamp right under it: a
# record's title in English over a French text, a collection's name in French over an
# English one; and what stays: a bilingual letterhead in capitals, a line with no stamp or
# chrome beside it, a line under the document's first line in its own language.
FOREIGN_HEADS = {
    "fr": "Council Common Position of 27 December 2001 on specific measures (2001/931/CFSP)",
    "en": "Collection des conventions de l'Union africaine sur la prévention",
}
HOST_STAMPS = {"fr": "Publication : 3 mars 2025", "en": "Published: 3 March 2025"}
LETTERHEADS = {
    "fr": "ECONOMIC COMMUNITY OF WEST AFRICAN STATES",
    "en": "ASSEMBLÉE PARLEMENTAIRE DE L'OTAN",
}


def foreign(lines: list[str], lang: str, chrome: set[int]) -> list[str | None]:
    """The lines' reasons once the rule has run, the lines ``chrome`` set as metadata."""
    got = segment(normalise("\n\n".join(lines), markdown=False))
    for k, u in enumerate(got):
        u.noise = "metadata" if k in chrome else None
    lex = lexicon()
    assert lex is not None
    mark_foreign_head(got, lex.stop[lang], lex.all_stop, lex.shared_stop)
    return [u.noise for u in got]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_head_line_in_another_language_is_the_hosts(lang: str) -> None:
    lines = [FOREIGN_HEADS[lang], HOST_STAMPS[lang], TITLE[lang], *PROSE[lang]]
    assert foreign(lines, lang, {1}) == ["repository", "metadata", None, None, None]
    got = units("\n\n".join(lines))  # the whole layout stage
    assert got[FOREIGN_HEADS[lang]].noise is not None
    assert got[TITLE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_foreign_line_stays_as_letterhead_alone_or_below(lang: str) -> None:
    own = [TITLE[lang], *PROSE[lang]]
    capitals = [LETTERHEADS[lang], HOST_STAMPS[lang], *own]
    assert foreign(capitals, lang, {1})[0] is None
    assert foreign([FOREIGN_HEADS[lang], *own], lang, set())[0] is None  # no stamp beside
    # (the document's own first line above it: "La prévention ..." is French)
    below = [PROSE[lang][0], FOREIGN_HEADS[lang], HOST_STAMPS[lang], *PROSE[lang][1:]]
    assert foreign(below, lang, {2})[1] is None


def test_a_word_both_languages_share_is_no_own_word() -> None:
    """ "on" is French as well as English: a record's English title keeps it."""
    lex = lexicon()
    assert lex is not None
    assert "on" in lex.shared_stop
    line = "Convention on Preventing and Combating Corruption"
    assert foreign([line, HOST_STAMPS["fr"], *PROSE["fr"]], "fr", {1})[0] == "repository"


def footer(lines: list[str], chrome: set[int]) -> list[str | None]:
    """The lines' reasons once the footer-menu rule has run, ``chrome`` set as chrome."""
    got = segment(normalise("\n\n".join(lines), markdown=False))
    assert [u.text for u in got] == lines
    for i, u in enumerate(got):
        u.noise = "web-chrome" if i in chrome else None
    mark_footer_menu(got, _protected)
    return [u.noise for u in got]


FOOTER_MENU = {
    "fr": [
        "Textes consolidés",
        "Tables des codes",
        "Lexique juridique",
        "Cette page est-elle à jour ?",
    ],
    "en": ["Code toolbox", "Table of popular names", "Legal glossary", "How current is this?"],
}
CLOSING = {
    "fr": ["Haut de page", "Tous droits réservés"],
    "en": ["Back to top", "All rights reserved"],
}
SIGNATURES = {
    "fr": ["Le Premier ministre,", "Jeanne Martin", "Le ministre de l'intérieur,", "Paul Durand"],
    "en": ["For the Government,", "Jane Martin", "Minister of the Interior,", "Paul Durand"],
}


def text_of(lang: str) -> list[str]:
    """Eight paragraphs of text: the footer stands in the page's second half."""
    return [*PROSE[lang], *PROSE[lang][::-1]] * 2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_footer_menu_above_the_closing_chrome_is_navigation(lang: str) -> None:
    lines = [*text_of(lang), *FOOTER_MENU[lang], *CLOSING[lang]]
    got = footer(lines, {12, 13})
    assert got[8:12] == ["navigation"] * 4
    assert got[:8] == [None] * 8


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signature_block_above_the_closing_chrome_stays(lang: str) -> None:
    lines = [*text_of(lang), *SIGNATURES[lang], *CLOSING[lang]]
    assert footer(lines, {12, 13})[:12] == [None] * 12


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_short_lines_are_no_menu(lang: str) -> None:
    lines = [*text_of(lang), *FOOTER_MENU[lang][:2], *CLOSING[lang]]
    assert footer(lines, {10, 11})[:10] == [None] * 10


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_short_lines_in_the_first_half_are_no_footer(lang: str) -> None:
    lines = [*PROSE[lang], *FOOTER_MENU[lang], *CLOSING[lang]]
    assert footer(lines, {6, 7})[:6] == [None] * 6


MENU = {
    "fr": [
        "- [Accueil](https://example.org/fr/)",
        "- [Régions](https://example.org/fr/regions)",
        "  - [Afrique](https://example.org/fr/afrique)",
        "- [Audio et podcasts](/fr/audio)",
    ],
    "en": [
        "- [Home](https://example.org/en/)",
        "- [Regions](https://example.org/en/regions)",
        "  - [Africa](https://example.org/en/africa)",
        "- [Audio and podcasts](/en/audio)",
    ],
}
CONTENTS = {
    "fr": [
        "- [I. Un cadre juridique](#i)",
        "- [II. Des garanties](#ii)",
        "- [III. Recommandations](#iii)",
    ],
    "en": [
        "- [I. A legal framework](#i)",
        "- [II. Safeguards](#ii)",
        "- [III. Recommendations](#iii)",
    ],
}
LINK_PROSE = {
    "fr": "Les États membres devraient élaborer des approches pluridisciplinaires associant les "
    "services de police, de renseignement et les services sociaux.",
    "en": "Member States should develop multi-agency approaches bringing together the police, "
    "the intelligence services and the social services.",
}


def md_units(lines: list[str]) -> list[Unit]:
    return segment(normalise("\n\n".join(lines), markdown=True))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_markdown_menu_of_links_before_the_text_is_navigation(lang: str) -> None:
    every = md_units([*MENU[lang], LINK_PROSE[lang], LINK_PROSE[lang][:70] + " et al."])
    assert [u.noise for u in every[: len(MENU[lang])]] == ["navigation"] * len(MENU[lang])
    assert all(u.noise is None for u in every[len(MENU[lang]) :])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_links_to_the_pages_own_parts_or_two_links_stay(lang: str) -> None:
    every = md_units([*CONTENTS[lang], LINK_PROSE[lang]])
    assert all(u.noise != "navigation" for u in every)
    two = md_units([*MENU[lang][:2], LINK_PROSE[lang]])
    assert all(u.noise != "navigation" for u in two)


def head_boxed(lines: list[str], marks: dict[int, str]) -> list[str | None]:
    """The lines' reasons once the head-box rule alone has run, ``marks`` set beforehand."""
    got = segment(normalise("\n\n".join(lines), markdown=False))
    assert [u.text for u in got] == lines
    for i, u in enumerate(got):
        u.noise = marks.get(i)
    lex = lexicon()
    assert lex is not None
    mark_head_box(got, _protected, lex.all_stop)
    return [u.noise for u in got]


# An archive's filing labels printed over the file it copied: words the text never uses.
FILING = {
    "fr": ["Archives du Parlement — session 2019-2020", "Annexe 412 Public"],
    "en": ["Parliament archive — session 2019-20", "Annex 412 Public"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("close", ["menu", "file"])
def test_labels_over_a_menu_or_a_file_name_are_chrome(lang: str, close: str) -> None:
    below = MENUS[lang][0] if close == "menu" else "scan_0001.png"
    lines = [*FILING[lang], below, TITLE_COPY[lang], *PROSE[lang]]
    got = head_boxed(lines, {2: "navigation" if close == "menu" else "caption"})
    assert got[:2] == ["web-chrome", "web-chrome"]
    assert got[3:] == [None, None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_labels_over_a_tool_line_or_a_photos_caption_stay(lang: str) -> None:
    """A title stands over one tool line and over a photo's caption: neither closes a box."""
    caption = {
        "fr": "Le port de Brest. Photo : Préfecture",
        "en": "Brest harbour. Photo: Prefecture",
    }
    lines = [*FILING[lang], caption[lang], *PROSE[lang]]
    assert head_boxed(lines, {2: "caption"})[:2] == [None, None]
    assert head_boxed([*FILING[lang], TEASER[lang], *PROSE[lang]], {2: "web-chrome"})[:2] == [
        None,
        None,
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_on_top_over_a_menu_stays(lang: str) -> None:
    lines = [TITLE_COPY[lang], MENUS[lang][0], *PROSE[lang]]
    assert head_boxed(lines, {1: "navigation"})[0] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_labels_over_a_stamp_stay(lang: str) -> None:
    """A stamp closes no head box: a page's title stands over its date."""
    lines = [*FILING[lang], "Published: 3 March 2025", *PROSE[lang]]
    assert head_boxed(lines, {2: "metadata"})[:2] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_labels_not_on_top_or_too_many_stay(lang: str) -> None:
    below = [PROSE[lang][0], *FILING[lang], MENUS[lang][0], PROSE[lang][1]]
    assert head_boxed(below, {3: "navigation"})[1:3] == [None, None]
    four = [*FILING[lang], TEASER[lang], MENUS[lang][1], MENUS[lang][0], *PROSE[lang]]
    assert head_boxed(four, {4: "navigation"})[:4] == [None, None, None, None]


def holes(lines: list[str], chrome: set[int]) -> list[str | None]:
    """The lines' reasons once the footer-holes rule has run, ``chrome`` set as chrome."""
    got = segment(normalise("\n\n".join(lines), markdown=False))
    assert [u.text for u in got] == lines
    for i, u in enumerate(got):
        u.noise = "web-chrome" if i in chrome else None
    mark_footer_holes(got, _protected)
    return [u.noise for u in got]


# A site's closing links: chrome the scorer found, and the items it left open between.
FOOTER_LINKS = {
    "fr": ["Partager", "Plan du site", "Contact", "FAQ", "Alerte à la fraude", "Accessibilité"],
    "en": ["Share", "A-Z Site Index", "Contact", "FAQ", "Fraud Alert", "Privacy Notice"],
}
LAST_LINK = {"fr": "Conditions d'utilisation", "en": "Terms of Use"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_short_lines_inside_the_closing_chrome_are_navigation(lang: str) -> None:
    lines = [*PROSE[lang], *FOOTER_LINKS[lang], LAST_LINK[lang]]
    got = holes(lines, {2, 4, 7})
    # one hole, two in a row, and the page's last line under its chrome
    assert got[3] == got[5] == got[6] == got[8] == "navigation"
    assert got[:2] == [None, None]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signature_under_the_text_and_a_long_run_stay(lang: str) -> None:
    # the signature block stands under the text's last sentence, not inside chrome
    lines = [*PROSE[lang], *SIGNATURES[lang], *CLOSING[lang]]
    assert holes(lines, {6, 7})[:6] == [None] * 6
    # four short lines between chrome are more than a footer's hole
    lines = [*PROSE[lang], CLOSING[lang][0], *FOOTER_MENU[lang][:3], "Contact", CLOSING[lang][1]]
    assert holes(lines, {2, 7})[3:7] == [None] * 4


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_holes_above_the_texts_last_sentence_or_with_figures_stay(lang: str) -> None:
    # a menu's gap over the text is the head's business, not the footer's
    lines = ["Accueil" if lang == "fr" else "Home", TITLE[lang], "Contact", *PROSE[lang]]
    assert holes(lines, {0, 2})[1] is None
    # a line with a figure between the footer's chrome (an address, a phone) stays
    lines = [*PROSE[lang], "Contact", "Bureau 2024", CLOSING[lang][1]]
    assert holes(lines, {2, 4})[3] is None
