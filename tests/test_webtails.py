"""Web chrome told by repetition and position (src/ctdocs/_webtails.py), and the cues
that go with it in layout.toml (a caption's credit label, a site's authenticity banner,
an edit stamp).

Hand-written pages, French and English side by side, in the styles of publishers the
corpora do not hold: a wiki's headings with their edit links, a think tank's and a
council's "related" boxes, a ministry's in-page contents;
and what must stay the document's own (a consolidation's repeal notes, a decree's
signature and date, a list the text introduces).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._segment import segment
from ctdocs.layout._unit import Unit
from ctdocs.layout._webtails import mark_trailing_asides
from ctdocs.normalise._text import normalise


def units(text: str, *, markdown: bool = False) -> list[Unit]:
    return segment(normalise(text, markdown=markdown))


def reasons(text: str, *, markdown: bool = False) -> dict[str, str | None]:
    return {u.text: u.noise for u in units(text, markdown=markdown)}


PROSE = {
    "fr": [
        "Le dispositif national de vigilance est placé sous l'autorité du Premier ministre et "
        "s'applique à toutes les administrations de l'État.",
        "Il a été révisé à plusieurs reprises pour tenir compte de l'évolution de la menace et "
        "des nouveaux moyens dont disposent les groupes terroristes.",
        "Les mesures sont regroupées par domaine et peuvent être activées par le préfet en "
        "fonction du niveau de la menace dans le département.",
    ],
    "en": [
        "The national alert system is run by the Home Office and applies to every public "
        "body that manages crowded places in the country.",
        "It has been revised several times to take account of the changing threat and of the "
        "new means at the disposal of terrorist groups.",
        "The measures are grouped by sector and may be raised by the police when the threat "
        "level in the region is increased.",
    ],
}

FOOTER = {
    "fr": "Contact | Mentions légales | Plan du site | Accessibilité",
    "en": "Contact | Legal notice | Site map | Accessibility",
}

# ---------------------------------------------------------------- heading tails

WIKI_HEADINGS = {
    "fr": (["Contexte", "Organisation", "Critiques"], "[modifier le code]"),
    "en": (["Background", "Organisation", "Criticism"], "[edit]"),
}


def wiki(lang: str, times: int, tail: str | None = None) -> str:
    heads, edit = WIKI_HEADINGS[lang]
    edit = tail if tail is not None else edit
    parts = []
    for k, (head, prose) in enumerate(zip(heads, PROSE[lang], strict=True)):
        parts.append(f"## {head}{edit if k < times else ''}\n\n{prose}\n")
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_edit_link_after_every_heading_is_cut_off(lang: str) -> None:
    got = units(wiki(lang, 3), markdown=True)
    heads, edit = WIKI_HEADINGS[lang]
    texts = [u.text for u in got]
    for head in heads:
        assert head in texts  # the heading keeps its words, and stays open
        assert next(u for u in got if u.text == head).noise is None
    tails = [u for u in got if u.text == edit]
    assert len(tails) == 3 and all(u.noise == "markup" for u in tails)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bracket_on_two_headings_only_stays(lang: str) -> None:
    heads, edit = WIKI_HEADINGS[lang]
    got = reasons(wiki(lang, 2), markdown=True)
    assert got[f"{heads[0]}{edit}"] is None


@pytest.mark.parametrize(
    ("lang", "note"),
    [("fr", "[Abrogé, 2024, ch. 16, art. 96]"), ("en", "[Repealed, 2024, c. 16, s. 96]")],
)
def test_a_repeal_note_with_figures_stays(lang: str, note: str) -> None:
    text = "\n\n".join(f"({x}) Paragraphe {x} {note}" for x in "abc")
    got = units(text)
    assert all(note in u.text and u.noise is None for u in got)


# ---------------------------------------------------------------- trailing asides

ASIDES = {
    "fr": [
        "Textes cités",
        "Code de la sécurité intérieure, article L. 226-1.",
        "Décisions liées",
        "- Conseil d'État, 12 mars 2024, n° 471230",
        "- Conseil d'État, 5 juillet 2023, n° 468817",
    ],
    "en": [
        "From our research programme",
        "- Returnees and their families: a policy brief 3 March 2025",
        "- Annual threat assessment 12 January 2025",
        "- Online radicalisation of minors 2024-11-28",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_related_items_after_the_text_are_chrome(lang: str) -> None:
    text = "\n\n".join([*PROSE[lang], *ASIDES[lang], FOOTER[lang]])
    got = reasons(text)
    for line in ASIDES[lang]:
        assert got[line] == "boilerplate", line
    assert all(got[p] is None for p in PROSE[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_related_items_at_the_end_of_a_bare_text_stay(lang: str) -> None:
    """No closing chrome: a text, not a page; its last lines are its own."""
    text = "\n\n".join([*PROSE[lang], *ASIDES[lang]])
    got = reasons(text)
    assert got[ASIDES[lang][-1]] is None


# A report's annex: the persons heard, the first named at length (a line of text), the rest
# short, the list run on without a blank line, over the printed page's closing address.
HEARD = {
    "fr": [
        "- M. le Garde des Sceaux, ministre de la Justice, entendu sur le projet de loi relatif "
        "à la prise en charge des détenus radicalisés (16/11/2026)",
        "- Mme Rachida Soulé-Zinsou, coordonnatrice de la cellule (17/11/2026)",
        "- M. le Directeur général de la police (18/11/2026)",
    ],
    "en": [
        "- The Secretary of State for Justice, heard on the bill on the management of "
        "radicalised prisoners in the prisons of the country (16/11/2026)",
        "- Ms Rachida Soule-Zinsou, coordinator of the unit (17/11/2026)",
        "- The Director General of the Police (18/11/2026)",
    ],
}


def _asides_after(lang: str, joint: str) -> dict[str, str | None]:
    """``mark_trailing_asides`` on a printed page (its running foot over the text), the
    text, its list (items joined by ``joint``) and the page's footer, the list's first item
    read as a line of text (as the scorer reads a long item), every other line open."""
    us = units("\n\n".join(["5/5", *PROSE[lang], joint.join(HEARD[lang]), FOOTER[lang]]))
    for u in us:
        u.noise = None
    us[0].noise, us[-1].noise = "page-footer", "navigation"
    good = [u.text in PROSE[lang] or u.text == HEARD[lang][0] for u in us]
    mark_trailing_asides(us, good, lambda u: False)
    return {u.text: u.noise for u in us}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_rest_of_the_texts_list_stays(lang: str) -> None:
    """Items that run on, with no blank line, under an item of the text are that list's."""
    got = _asides_after(lang, "\n")
    assert all(got[x] is None for x in HEARD[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_short_items_set_apart_from_the_text_are_an_aside(lang: str) -> None:
    """A blank line between the text's last item and the short ones: a box of its own."""
    got = _asides_after(lang, "\n\n")
    assert all(got[x] == "boilerplate" for x in HEARD[lang][1:])


SIGNED = {
    "fr": ["Fait à Paris, le 3 mars 2025.", "Le Premier ministre,", "12 mars 2025", "4 avril 2025"],
    "en": [
        "Done at London, 3 March 2025.",
        "The Secretary of State,",
        "12 March 2025",
        "4 April 2025",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dated_lines_after_a_signature_stay(lang: str) -> None:
    text = "\n\n".join([*PROSE[lang], *SIGNED[lang], FOOTER[lang]])
    got = reasons(text)
    assert got[SIGNED[lang][0]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_line_makes_the_stretch_the_texts(lang: str) -> None:
    long_line = PROSE[lang][0].replace(".", "") + " " + ASIDES[lang][-1]
    text = "\n\n".join([*PROSE[lang][1:], ASIDES[lang][-2], long_line, FOOTER[lang]])
    got = reasons(text)
    assert got[ASIDES[lang][-2]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_markdown_see_also_list_is_chrome(lang: str) -> None:
    head = "Pour aller plus loin" if lang == "fr" else "Further reading"
    links = ["- [Plan national de vigilance](#)", "- [Sécurité civile](#)"]
    if lang == "en":
        links = ["- [National alert system](#)", "- [Civil protection](#)"]
    text = "\n\n".join([*PROSE[lang], head, *links, FOOTER[lang]])
    got = reasons(text, markdown=True)
    assert all(got[x] == "boilerplate" for x in [head, *links])


LONG_POINTERS = {
    "fr": (
        "Pour aller plus loin",
        [
            "- [Rapport n° 87 de M. Jean Dupont, fait au nom de la commission des lois du "
            "Sénat sur le projet de loi relatif à la sécurité des grands événements](#)",
            "- [Rapport n° 2314 de Mme Claire Martin, fait au nom de la commission des lois "
            "de l'Assemblée nationale sur le même projet de loi](#), 21 janvier 2026",
        ],
    ),
    "en": (
        "Further reading",
        [
            "- [Report of the Joint Committee on Justice on the general scheme of the "
            "Critical Entities Resilience Bill and the protection of public spaces](#)",
            "- [Second report of the Independent Reviewer of Terrorism Legislation on the "
            "operation of the terrorism acts in the year to June](#), 21 January 2026",
        ],
    ),
}
LINK_BAR = "[legifrance.gouv.fr](https://a.fr) · [service-public.fr](https://b.fr)"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_linked_title_is_still_a_related_item(lang: str) -> None:
    """A linked report's full name runs past the short-line test and reads like text to
    the line scorer; its link says it points elsewhere."""
    head, links = LONG_POINTERS[lang]
    text = "\n\n".join([*PROSE[lang], head, *links, FOOTER[lang]])
    got = reasons(text, markdown=True)
    assert all(got[x] == "boilerplate" for x in [head, *links])
    assert all(got[p] is None for p in PROSE[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_closing_link_bar_closes_the_text(lang: str) -> None:
    """The page's last row of links, not yet marked, is closing chrome all the same."""
    head = "Pour aller plus loin" if lang == "fr" else "Further reading"
    links = ["- [Plan national de vigilance](#)", "- [Sécurité civile](#)"]
    if lang == "en":
        links = ["- [National alert system](#)", "- [Civil protection](#)"]
    text = "\n\n".join([*PROSE[lang], head, *links, LINK_BAR])
    got = reasons(text, markdown=True)
    assert all(got[x] == "boilerplate" for x in [head, *links])


WEB_ITEMS = {
    "fr": [
        "- Contrôle des passagers dans les aéroports : fin de la limite des liquides dans "
        "les bagages à main à Nice et à Lyon à partir de l'été – 29 avril 2026",
        "- Drones : la réglementation applicable aux télépilotes – 12/06/2026",
    ],
    "en": [
        "- Passenger screening at airports: the limit on liquids in hand luggage is lifted "
        "at Manchester and Glasgow from the start of the summer – 29 April 2026",
        "- Drones: the rules that apply to remote pilots – 12/06/2026",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_dated_bullet_of_a_web_page_is_a_related_item(lang: str) -> None:
    head = "Sur le même sujet" if lang == "fr" else "Related news"
    text = "\n\n".join([*PROSE[lang], head, *WEB_ITEMS[lang], FOOTER[lang]])
    got = reasons(text)
    assert all(got[x] == "boilerplate" for x in WEB_ITEMS[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_dated_line_of_prose_is_not_an_item(lang: str) -> None:
    """Not a bullet: a sentence that ends on a date keeps the short-line test."""
    line = WEB_ITEMS[lang][0].removeprefix("- ")
    text = "\n\n".join([*PROSE[lang], line, WEB_ITEMS[lang][1], FOOTER[lang]])
    got = reasons(text)
    assert got[line] is None


# ---------------------------------------------------------------- in-page contents

CONTENTS = {
    "fr": ("Dans cette rubrique", ["Contexte", "Organisation", "Critiques"]),
    "en": ("On this page", ["Background", "Organisation", "Criticism"]),
}


def contents_page(lang: str, entries: list[str]) -> str:
    head, heads = CONTENTS[lang]
    parts = [head, *[f"- {e}" for e in entries]]
    for h, p in zip(heads, PROSE[lang], strict=True):
        parts += [f"## {h}", p]
    return "\n\n".join(parts)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("numbered", [False, True])
def test_an_in_page_contents_list_is_toc(lang: str, numbered: bool) -> None:
    head, heads = CONTENTS[lang]
    entries = [f"{k} {h}" if numbered else h for k, h in enumerate(heads, 1)]
    got = reasons(contents_page(lang, entries), markdown=True)
    assert got[head] == "toc"
    assert all(got[f"- {e}"] == "toc" for e in entries)
    assert all(got[h] is None for h in heads)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_not_printed_again_stays(lang: str) -> None:
    entries = ["la prévention", "la protection", "la réponse"]
    if lang == "en":
        entries = ["prevention", "protection", "response"]
    got = reasons(contents_page(lang, entries), markdown=True)
    assert all(got[f"- {e}"] is None for e in entries)


# ---------------------------------------------------------------- cues in layout.toml

CAPTIONS = [
    ("fr", "Des douaniers contrôlent un camion au poste frontière. Photo : Douanes, mars 2026"),
    ("fr", "Le ministre visite le centre de crise. Crédit photo : ministère de l'Intérieur"),
    ("en", "Officers inspect a lorry at the border post. Credit: Border Force, March 2026"),
    ("en", "The minister visits the crisis centre. Photo: Home Office"),
]


@pytest.mark.parametrize(("lang", "line"), CAPTIONS)
def test_a_sentence_with_a_credit_is_a_caption(lang: str, line: str) -> None:
    got = reasons("\n\n".join([PROSE[lang][0], line, PROSE[lang][1]]))
    assert got[line] == "caption"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Le nombre d'attentats a baissé en 2025. Source : Europol, rapport TE-SAT"),
        ("en", "The number of attacks fell in 2025. Source: Europol, TE-SAT report"),
    ],
)
def test_a_sentence_with_a_source_stays(lang: str, line: str) -> None:
    got = reasons("\n\n".join([PROSE[lang][0], line, PROSE[lang][1]]))
    assert got[line] != "caption"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Un site officiel de l'Union européenne"),
        ("en", "An official website of the State of Victoria Here's how you know"),
    ],
)
def test_an_authenticity_banner_is_chrome(lang: str, line: str) -> None:
    got = reasons("\n\n".join([line, "Accueil > Actualités", *PROSE[lang]]))
    assert got[line] == "web-chrome"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "Avis mis en ligne le 12/05/2026"),
        ("en", "Report posted online on 12 May 2026"),
        ("fr", "Dernière modification de cette page le 3 mars 2026 à 10:12."),
        ("en", "This page was last edited on 3 March 2026, at 10:12."),
    ],
)
def test_a_stamp_naming_what_was_put_online_is_noise(lang: str, line: str) -> None:
    got = reasons("\n\n".join([*PROSE[lang], line, FOOTER[lang]]))
    assert got[line] is not None


# ---------------------------------------------------------------- a web page copied as text

WRAPPED = {
    "fr": (
        "Le dispositif national de vigilance est placé sous l'autorité\n"
        "du Premier ministre et s'applique à toutes les administrations\n"
        "de l'État, aux collectivités territoriales et aux opérateurs\n"
        "d'importance vitale qui gèrent des lieux accueillant du public\n"
        "ainsi qu'aux entreprises de transport de personnes et de fret\n"
        "sur l'ensemble du territoire national et dans les outre-mer.\n"
    ),
    "en": (
        "The national alert system is run by the Home Office and applies\n"
        "to every public body that manages crowded places in the country\n"
        "as well as to the operators of critical infrastructure and the\n"
        "companies that carry passengers and freight by road and by rail\n"
        "across the whole of the territory and its overseas dependencies\n"
        "in accordance with the guidance issued by the Secretary of State.\n"
    ),
}
CHROME_ROWS = {
    "fr": [
        "Auteur : Direction des libertés publiques et des affaires juridiques (DLPAJ)",
        "Dernière action : Sénat - 09/04/2026 Renvoyé à la commission des lois (Toutes)",
    ],
    "en": [
        "Sponsor: Rep. Whitcombe, Alan J. [D-OR-2] (Introduced 03/18/2026), Committees",
        "Latest Action: Senate - 04/09/2026 Referred to the Committee on the Judiciary",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_chrome_rows_past_the_width_are_not_joined(lang: str) -> None:
    text = "\n".join(CHROME_ROWS[lang]) + "\n\n" + WRAPPED[lang] * 2
    got = [u.text for u in units(text)]
    assert got[:2] == CHROME_ROWS[lang]
    assert len(got) == 4  # the wrapped paragraphs are still joined


# ---------------------------------------------------------------- an image's caption in HTML

FIGURES = [
    ("fr", "Le préfet inspecte le dispositif de sécurité du stade, 12 mai 2026", "caption"),
    ("en", "The Minister meets first responders at the port of Dover, 12 May 2026", "caption"),
    ("fr", "Graphique 3 : attentats déjoués par année, 2015-2025", None),
    ("en", "Figure 3. Foiled attacks by year, 2015-2025", None),
]


def figure_page(lang: str, caption: str, image: bool) -> str:
    img = '<img src="photo.jpg" alt="">' if image else "<p>2015 2020 2025</p>"
    return (
        f"<html><body><h1>Title</h1><p>{PROSE[lang][0]}</p>"
        f"<figure>{img}<figcaption>{caption}</figcaption></figure>"
        f"<p>{PROSE[lang][1]}</p></body></html>"
    )


@pytest.mark.parametrize(("lang", "caption", "reason"), FIGURES)
def test_an_images_caption_is_noise_unless_numbered(
    lang: str, caption: str, reason: str | None
) -> None:
    doc = parse_text(figure_page(lang, caption, image=True), lang, layout="html")  # type: ignore[arg-type]
    noise = {n.text: n.reason for n in doc.noise}
    assert noise.get(caption) == reason
    body = " ".join(b.text for b in doc.blocks())
    assert (caption in body) is (reason is None)


@pytest.mark.parametrize(("lang", "caption", "_reason"), FIGURES[:2])
def test_a_figure_without_an_image_keeps_its_caption(
    lang: str, caption: str, _reason: str | None
) -> None:
    doc = parse_text(figure_page(lang, caption, image=False), lang, layout="html")  # type: ignore[arg-type]
    assert all(n.text != caption or n.reason != "caption" for n in doc.noise)


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        ("fr", '<div role="contentinfo"><p>Ministère de l\'Intérieur, place Beauvau</p></div>'),
        ("en", '<div role="complementary"><p>More on the national alert system</p></div>'),
        ("fr", '<div class="x" role="search"><p>Rechercher sur le site du ministère</p></div>'),
        ("en", '<div role="dialog"><p>We use analytics on this website</p></div>'),
    ],
)
def test_aria_landmarks_outside_the_text_are_navigation(lang: str, box: str) -> None:
    page = f"<html><body><main><p>{PROSE[lang][0]}</p><p>{PROSE[lang][1]}</p></main>{box}"
    doc = parse_text(page + "</body></html>", lang, layout="html")  # type: ignore[arg-type]
    words = box.split(">")[2].split("<")[0]
    assert {n.text: n.reason for n in doc.noise}.get(words) == "navigation"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_main_landmark_stays_the_text(lang: str) -> None:
    page = f'<html><body><div role="main"><p>{PROSE[lang][0]}</p></div></body></html>'
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    assert PROSE[lang][0] in " ".join(b.text for b in doc.blocks())


LINK_LINES = [
    (
        "fr",
        '<div><a href="/">Accueil</a> <a href="/a">Actualités</a> <a href="/c">Contact</a></div>',
    ),
    ("en", '<p><a href="/">Home</a> &gt; <a href="/n">News</a> &gt; <a href="/p">Releases</a></p>'),
]
LINKED_WORDS = [
    ("fr", '<p>Voir la <a href="/r">résolution 2178</a> et le <a href="/p">plan</a>.</p>'),
    (
        "en",
        '<ul><li><a href="/r">Resolution 2178 (2014) on foreign terrorist fighters</a></li></ul>',
    ),
]


def link_page(lang: str, line: str) -> str:
    return f"<html><body><p>{PROSE[lang][0]}</p>{line}<p>{PROSE[lang][1]}</p></body></html>"


@pytest.mark.parametrize(("lang", "line"), LINK_LINES)
def test_a_line_of_links_only_is_navigation(lang: str, line: str) -> None:
    doc = parse_text(link_page(lang, line), lang, layout="html")  # type: ignore[arg-type]
    assert [n.reason for n in doc.noise] == ["navigation"]


@pytest.mark.parametrize(("lang", "line"), LINKED_WORDS)
def test_a_sentence_or_a_single_link_stays(lang: str, line: str) -> None:
    doc = parse_text(link_page(lang, line), lang, layout="html")  # type: ignore[arg-type]
    assert not doc.noise


NOTES = {
    "fr": [
        "Notes aux rédactions",
        "- La stratégie a été adoptée le 12 mars 2025.",
        "- Le plan précédent date du 4 juin 2021.",
    ],
    "en": [
        "Notes to editors",
        "- The strategy was adopted on 12 March 2025.",
        "- The previous plan dates from 4 June 2021.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dated_sentences_after_the_text_stay(lang: str) -> None:
    """A release's notes are sentences, not items' titles with their dates."""
    text = "\n\n".join([*PROSE[lang], *NOTES[lang], FOOTER[lang]])
    got = reasons(text)
    assert all(got[x] is None for x in NOTES[lang][1:])


@pytest.mark.parametrize(("lang", "note"), [("fr", "[Abrogé]"), ("en", "[Repealed]")])
def test_a_bare_repeal_note_on_numbered_provisions_stays(lang: str, note: str) -> None:
    text = "\n\n".join(f"{k}. Provision {k} {note}" for k in range(1, 5))
    got = units(text)
    assert all(note in u.text and u.noise is None for u in got)


@pytest.mark.parametrize(
    ("lang", "items"),
    [
        (
            "fr",
            [
                "Publications récentes",
                "- Bilan de la menace 2025-12-04",
                "- Plan drones 2026-01-15",
            ],
        ),
        ("en", ["Recent work", "- Threat review 2025-12-04", "- Drone plan 2026-01-15"]),
    ],
)
def test_items_dated_in_iso_form_make_an_aside(lang: str, items: list[str]) -> None:
    got = reasons("\n\n".join([*PROSE[lang], *items, FOOTER[lang]]))
    assert all(got[x] == "boilerplate" for x in items)


@pytest.mark.parametrize(
    ("lang", "row", "reason"),
    [
        ("fr", "Résumé (1)   Texte (2)   Amendements (14)   Votes (3)", "navigation"),
        ("en", "Overview (1)   Documents (12)   News (3)   Related Bills (2)", "navigation"),
        ("fr", "Les États parties (12) ont ratifié la convention (1999).", None),
        ("en", "France (3) and Belgium (2) reported attacks", None),
    ],
)
def test_a_row_of_counted_tabs_is_navigation(lang: str, row: str, reason: str | None) -> None:
    got = reasons("\n\n".join([PROSE[lang][0], row, PROSE[lang][1]]))
    assert got[" ".join(row.split())] == reason


TIMETABLE = {
    "fr": [
        "Le calendrier d'examen du projet de loi est le suivant :",
        "- Adoption du projet de loi par le conseil des ministres après avis du Conseil d'État"
        " sur le texte – 3 mars 2026",
        "- Examen en première lecture par l'Assemblée nationale et adoption avec modifications"
        " du texte – 14 avril 2026",
        "- Examen en première lecture par le Sénat et réunion de la commission mixte paritaire"
        " – 9 juin 2026",
    ],
    "en": [
        "The bill's timetable is as follows:",
        "- Adoption of the bill by the Cabinet after the opinion of the Council of State on the"
        " text – 3 March 2026",
        "- First reading in the House of Commons and adoption with amendments to the text of"
        " the bill – 14 April 2026",
        "- First reading in the Senate and meeting of the joint committee of both houses on the"
        " bill – 9 June 2026",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pages_own_dated_list_above_its_footer_stays(lang: str) -> None:
    """A web page's last paragraph introduces its own list (a line ending on a colon), long
    dated bullets without links of their own: the text's, not a box of related items
    (guidelines §5 keeps the body; a related box points elsewhere)."""
    text = "\n\n".join([*PROSE[lang], *TIMETABLE[lang], FOOTER[lang]])
    got = reasons(text)
    assert all(got[line] is None for line in TIMETABLE[lang]), got
